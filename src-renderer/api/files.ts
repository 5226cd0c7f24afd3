// Files crossing a door: an upload lands in the core's staging folder and
// comes back as a staged name; a staged file is saved where the user says.
// The desktop app does both through its preload (main owns paths and the save
// dialog); browser mode through the loopback server's /files routes.

import { CallError } from './call-error.ts';

type Answer<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

/** Stages the file and returns the staged name operations take. */
export async function uploadFile(file: File): Promise<string> {
  const extension = (/\.([a-z0-9]{1,12})$/i.exec(file.name)?.[1] ?? 'bin').toLowerCase();
  const bridge = window.sourcebench;
  if (bridge?.stageUpload !== undefined) {
    const answer = (await bridge.stageUpload(await file.arrayBuffer(), extension)) as Answer<{ file: string }>;
    if (answer.ok) return answer.value.file;
    throw new CallError('files.upload', 'transport', answer.error.message);
  }
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

/** Saves a staged file under the suggested name: a save dialog on the desktop, a download in a browser. */
export async function downloadStaged(name: string, suggestedName: string): Promise<void> {
  const bridge = window.sourcebench;
  if (bridge?.saveStaged !== undefined) {
    const answer = (await bridge.saveStaged(name, suggestedName)) as Answer<{ saved: boolean }>;
    if (!answer.ok) throw new CallError('files.save', 'transport', answer.error.message);
    return;
  }
  const link = document.createElement('a');
  link.href = `/files/${encodeURIComponent(name)}?as=${encodeURIComponent(suggestedName)}`;
  link.download = suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
