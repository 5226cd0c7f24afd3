// The file types the importer reads, as the file picker's `accept` list.

export const acceptedFileTypes = '.txt,.md,.markdown,.html,.htm';
