// The desktop app's main process: one window on one open project at a time,
// projects opened and switched like documents, and the one IPC channel from
// the renderer it created.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { AppError } from '../../core/api/errors.ts';
import { defaultProjectPath, userDataFolder } from '../../core/project/default-location.ts';
import type { MenuAction } from '../menu-actions.ts';
import { callChannel, menuActionChannel } from './channel.ts';
import { documentFromOpenFile, documentsFromArgv, type DocumentToOpen } from './launch-args.ts';
import { buildMenuTemplate } from './menu-template.ts';
import { openDocuments } from './open-documents.ts';
import { loadRecentProjects, projectDocuments, type ProjectDocuments } from './project-documents.ts';
import { openProjectSession, type ProjectSession } from './project-session.ts';
import { windowTitle } from './project-title.ts';
import { startupProject } from './startup-project.ts';
import { rememberedPlacement, rememberPlacementOf } from './window-memory.ts';
import { minimumWindowSize } from './window-placement.ts';
import { hardenSessions, isOwnRendererUrl } from './window-security.ts';
import { serveStagedFiles } from './staged-files.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | null = null;
let documents: ProjectDocuments | null = null;
let pageTitle = 'Sourcebench';
// Files handed over before the app is ready (macOS sends open-file that early).
const waitingDocuments: DocumentToOpen[] = [];

function currentProjectPath(): string | null {
  return documents?.session.core.project.path ?? null;
}

function createWindow(): BrowserWindow {
  const placement = rememberedPlacement();
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title: 'Sourcebench',
    show: false,
    webPreferences: {
      preload: path.join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would otherwise open links in new windows, around setWindowOpenHandler's checks.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  rememberPlacementOf(window);
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  // The page names its view; the window adds which project is open.
  window.on('page-title-updated', (event, title) => {
    event.preventDefault();
    pageTitle = title;
    showProjectInTitle(window);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  showProjectInTitle(window);
  loadRenderer(window);
  return window;
}

function loadRenderer(window: BrowserWindow): void {
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (devServer) void window.loadURL(devServer);
  else void window.loadFile(path.join(here, '../renderer/index.html'));
}

function showProjectInTitle(window: BrowserWindow): void {
  const project = currentProjectPath();
  if (project === null) return;
  window.setTitle(windowTitle(project, pageTitle));
  if (process.platform === 'darwin') window.setRepresentedFilename(project);
}

function installMenu(): void {
  const docs = documents;
  if (docs === null) return;
  const current = docs.session.core.project.path;
  const template = buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: app.name,
    recentProjects: docs.recentProjects().filter((file) => file !== current),
    canCloseProject: !docs.isDefaultProject(),
    onAction: runMenuAction,
    onOpenRecent: (file) => docs.openProjectFile(file, { create: false }),
    onClearRecent: () => docs.clearRecentProjects(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Main runs the project-file commands (menu-template.ts: mainMenuActions); the renderer owns the rest. */
function runMenuAction(action: MenuAction): void {
  const docs = documents;
  if (docs === null) return;
  switch (action) {
    case 'file.newProject':
      return void docs.newProject();
    case 'file.openProject':
      return void docs.chooseAndOpenProject();
    case 'file.saveCopy':
      return void docs.saveCopy();
    case 'file.closeProject':
      return docs.closeProject();
    default:
      // With every window closed (macOS), a command first brings the workbench back.
      if (mainWindow === null) mainWindow = createWindow();
      else mainWindow.webContents.send(menuActionChannel, action);
  }
}

function projectChanged({ projectSwitched }: { projectSwitched: boolean }): void {
  installMenu();
  const window = mainWindow;
  if (window === null) return;
  if (projectSwitched) {
    pageTitle = 'Sourcebench';
    loadRenderer(window);
  }
  showProjectInTitle(window);
}

function serveCalls(): void {
  ipcMain.handle(callChannel, (event, payload: unknown) => {
    if (!isOwnRendererUrl(event.senderFrame?.url ?? '')) {
      return { ok: false, error: { code: 'unsupported', message: 'Calls are only accepted from the Sourcebench window.' } };
    }
    if (typeof payload !== 'object' || payload === null || typeof (payload as { op?: unknown }).op !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: 'A call needs an operation name.' } };
    }
    const { op, input } = payload as { op: string; input?: unknown };
    if (documents === null) return { ok: false, error: { code: 'internal', message: 'No project is open.' } };
    return documents.session.core.callUntyped(op, input);
  });
}

/** The project to start with; when it cannot be opened, says why and opens the default project instead. */
function openStartupSession(launchProject: string | null): ProjectSession {
  const defaultProject = defaultProjectPath();
  const first = startupProject({
    launchProject,
    envProject: process.env['SOURCEBENCH_PROJECT'],
    recentProjects: loadRecentProjects(),
    defaultProject,
    exists: existsSync,
  });
  try {
    // A file the user double-clicked must exist; the default or SOURCEBENCH_PROJECT may be created.
    return openProjectSession(first, { create: first !== launchProject });
  } catch (error) {
    if (first === defaultProject) throw error;
    const message = error instanceof AppError ? error.message : String(error);
    dialog.showErrorBox(`Could not open ${path.basename(first)}`, `${message}\n\nThe default project opens instead.`);
    return openProjectSession(defaultProject);
  }
}

function argvDocuments(argv: readonly string[], cwd: string): DocumentToOpen[] {
  return documentsFromArgv(argv, { cwd, defaultApp: process.defaultApp === true });
}

function handOver(files: DocumentToOpen[]): void {
  if (documents === null) {
    waitingDocuments.push(...files);
    return;
  }
  if (mainWindow === null) mainWindow = createWindow();
  openDocuments(documents, mainWindow, files);
}

function start(): void {
  app.on('open-file', (event, file) => {
    event.preventDefault();
    const document = documentFromOpenFile(file);
    if (document !== null) handOver([document]);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    handOver(argvDocuments(argv, workingDirectory));
    if (mainWindow !== null) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  void app.whenReady().then(() => {
    hardenSessions();
    waitingDocuments.push(...argvDocuments(process.argv, process.cwd()));
    const launchProject = waitingDocuments.filter((d) => d.kind === 'project').at(-1)?.path ?? null;
    const session = openStartupSession(launchProject);
    documents = projectDocuments({
      session,
      defaultProject: defaultProjectPath(),
      window: () => mainWindow,
      changed: projectChanged,
    });
    serveCalls();
    serveStagedFiles(() => documents?.session.core.project ?? null);
    installMenu();
    mainWindow = createWindow();
    // The launch project is open already; the rest (bundles, further projects) follow.
    openDocuments(documents, mainWindow, waitingDocuments.splice(0).filter((d) => d.path !== launchProject));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => documents?.session.close());
}

app.setName('Sourcebench');
// One folder for the app's settings and the default project, shared with browser mode and the CLI.
app.setPath('userData', userDataFolder());
// One running copy: a second launch (a double-click on a file) hands its files to the first and quits.
if (app.requestSingleInstanceLock()) start();
else app.quit();
