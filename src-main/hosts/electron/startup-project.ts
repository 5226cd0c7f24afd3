// Which project the desktop app opens at launch: a file it was asked to open,
// else SOURCEBENCH_PROJECT, else the most recent project still on disk, else
// the default project in the user-data folder.

export interface StartupChoice {
  launchProject: string | null;
  envProject: string | undefined;
  recentProjects: readonly string[];
  defaultProject: string;
  exists: (file: string) => boolean;
}

export function startupProject(choice: StartupChoice): string {
  if (choice.launchProject !== null) return choice.launchProject;
  if (choice.envProject) return choice.envProject;
  return choice.recentProjects.find((file) => choice.exists(file)) ?? choice.defaultProject;
}
