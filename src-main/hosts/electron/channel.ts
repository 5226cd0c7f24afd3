// The name of the single IPC channel between the preload and the main process.

export const callChannel = 'sourcebench:call';
