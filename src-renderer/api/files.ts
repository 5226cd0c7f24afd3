// Files crossing the loopback door: an upload lands in the core's staging
// folder and comes back as a staged name; a staged file downloads as an attachment.

import { CallError } from './call-error.ts';

/** Streams the file to POST /files and returns the staged name operations take. */
export async function uploadFile(file: File): Promise<string> {
  const extension = (/\.([a-z0-9]{1,12})$/i.exec(file.name)?.[1] ?? 'bin').toLowerCase();
  let response: Response;
  try {
    response = await fetch(`/files?ext=${encodeURIComponent(extension)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new CallError('files.upload', 'transport', 'Sourcebench is not answering. Is the `sourcebench serve` command still running?');
  }
  const answer = (await response.json().catch(() => null)) as { ok?: boolean; value?: { file?: string }; error?: { message?: string } } | null;
  if (answer?.ok === true && typeof answer.value?.file === 'string') return answer.value.file;
  throw new CallError('files.upload', 'transport', answer?.error?.message ?? `Sourcebench refused the file (HTTP ${response.status}).`);
}

/** Has the browser save a staged file under the suggested name. */
export function downloadStaged(name: string, suggestedName: string): void {
  const link = document.createElement('a');
  link.href = `/files/${encodeURIComponent(name)}?as=${encodeURIComponent(suggestedName)}`;
  link.download = suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
