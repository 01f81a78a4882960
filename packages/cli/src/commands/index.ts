/**
 * Every `order75` command, one module each. Add a command by writing `src/commands/<name>.ts`
 * exporting a `CommandModule` and listing it here.
 */
import { archiveCommand } from './archive';
import { checkCommand } from './check';
import { draftCommand } from './draft';
import { exportCommand } from './export';
import { idCommand } from './id';
import { importCommand } from './import';
import { provisionCommand } from './provision';
import { renderCommand } from './render';
import { syncCommand } from './sync';
import { templateCommand } from './template';
import type { CommandModule } from './types';
import { validateCommand } from './validate';
import { verifyCommand } from './verify';

export const commands: CommandModule[] = [validateCommand, idCommand, checkCommand, draftCommand, templateCommand, provisionCommand, syncCommand, archiveCommand, verifyCommand, importCommand, exportCommand, renderCommand];
