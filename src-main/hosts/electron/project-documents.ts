// Projects as documents (Electron glue): New, Open, Open Recent, Save a Copy
// and Close, with their dialogs. The decisions live in pure modules
// (project-session, recent-projects, project-title); this file asks the user
// and shows the outcome.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { AppError } from '../../core/api/errors.ts';
import type { OpenProjectOptions } from '../../core/project/open-project.ts';
import { saveProjectCopy } from '../../core/project/save-copy.ts';
import type { ProjectSession } from './project-session.ts';
import { projectDisplayName } from './project-title.ts';
import { forgetProject, parseRecentProjects, rememberProject, withoutMissing } from './recent-projects.ts';
import { readSettingsFile, writeSettingsFile } from './settings-file.ts';

const projectFilter = { name: 'Sourcebench project', extensions: ['sourcebench'] };

export interface ProjectDocuments {
  readonly session: ProjectSession;
  recentProjects(): readonly string[];
  isDefaultProject(): boolean;
  /** Opens a project file; on refusal shows the core's message and keeps the current project. */
  openProjectFile(file: string, options?: OpenProjectOptions): boolean;
  newProject(): Promise<void>;
  chooseAndOpenProject(): Promise<void>;
  saveCopy(): Promise<void>;
  closeProject(): void;
  clearRecentProjects(): void;
}

export interface DocumentsSetup {
  session: ProjectSession;
  defaultProject: string;
  window: () => BrowserWindow | null;
  /** After a switch or a change to the recent list: retitle, rebuild the menu, reload the renderer. */
  changed: (what: { projectSwitched: boolean }) => void;
}

export function recentProjectsFile(): string {
  return path.join(app.getPath('userData'), 'recent-projects.json');
}

export function loadRecentProjects(): string[] {
  return withoutMissing(parseRecentProjects(readSettingsFile(recentProjectsFile())), existsSync);
}

export function projectDocuments(setup: DocumentsSetup): ProjectDocuments {
  const { session } = setup;
  let recent = rememberProject(loadRecentProjects(), session.core.project.path);
  const saveRecent = () => {
    writeSettingsFile(recentProjectsFile(), recent);
  };
  saveRecent();

  const showError = async (message: string, detail: string) => {
    const window = setup.window();
    const options = { type: 'error' as const, message, detail, buttons: ['OK'] };
    if (window) await dialog.showMessageBox(window, options);
    else await dialog.showMessageBox(options);
  };

  const openProjectFile = (file: string, options: OpenProjectOptions = {}): boolean => {
    const before = session.core;
    try {
      session.switchTo(file, options);
    } catch (error) {
      const message = error instanceof AppError ? error.message : String(error);
      if (error instanceof AppError && error.code === 'not_found') {
        recent = forgetProject(recent, file);
        saveRecent();
        setup.changed({ projectSwitched: false });
      }
      void showError(`Could not open ${path.basename(file)}`, `${message}\n\n${projectDisplayName(before.project.path)} is still open.`);
      return false;
    }
    recent = rememberProject(recent, session.core.project.path);
    saveRecent();
    app.addRecentDocument(session.core.project.path);
    setup.changed({ projectSwitched: session.core !== before });
    return true;
  };

  const dialogParent = () => setup.window() ?? undefined;

  return {
    session,
    recentProjects: () => recent,
    isDefaultProject: () => session.core.project.path === path.resolve(setup.defaultProject),
    openProjectFile,

    async newProject() {
      const parent = dialogParent();
      const options = {
        title: 'New Project',
        buttonLabel: 'Create',
        defaultPath: path.join(app.getPath('documents'), 'Untitled.sourcebench'),
        filters: [projectFilter],
      };
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return;
      const file = withProjectExtension(choice.filePath);
      // The save dialog may have asked "Replace?"; a new project never deletes someone's file.
      if (existsSync(file)) {
        await showError(`${path.basename(file)} already exists`, 'Choose another name for the new project, or open that file with Open Project.');
        return;
      }
      openProjectFile(file, { create: true });
    },

    async chooseAndOpenProject() {
      const parent = dialogParent();
      const options = { title: 'Open Project', properties: ['openFile' as const], filters: [projectFilter] };
      const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const file = choice.filePaths[0];
      if (choice.canceled || file === undefined) return;
      openProjectFile(file, { create: false });
    },

    async saveCopy() {
      const current = session.core.project.path;
      const parent = dialogParent();
      const options = {
        title: 'Save a Copy',
        defaultPath: path.join(path.dirname(current), `${projectDisplayName(current)} copy.sourcebench`),
        filters: [projectFilter],
      };
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return;
      try {
        saveProjectCopy(session.core.project, withProjectExtension(choice.filePath));
      } catch (error) {
        await showError('Could not save a copy', error instanceof Error ? error.message : String(error));
      }
    },

    closeProject() {
      // The app always has a project open; closing one returns to the default project.
      openProjectFile(setup.defaultProject, { create: true });
    },

    clearRecentProjects() {
      recent = [session.core.project.path];
      saveRecent();
      app.clearRecentDocuments();
      setup.changed({ projectSwitched: false });
    },
  };
}

function withProjectExtension(file: string): string {
  return /\.sourcebench$/i.test(file) ? file : `${file}.sourcebench`;
}
