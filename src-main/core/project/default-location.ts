// Where the default project lives: the platform's user-data folder, the same
// folder Electron's app.getPath('userData') gives, so both modes share it.

import os from 'node:os';
import path from 'node:path';

export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env['SOURCEBENCH_HOME']) return path.resolve(env['SOURCEBENCH_HOME']);
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Sourcebench');
  if (platform === 'win32') return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), 'Sourcebench');
  return path.join(env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), 'Sourcebench');
}

export function defaultProjectPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return path.join(userDataFolder(env, platform), 'Default.sourcebench');
}
