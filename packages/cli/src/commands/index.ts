/**
 * Every `order75` command, one module each. Add a command by writing `src/commands/<name>.ts`
 * exporting a `CommandModule` and listing it here.
 */
import { draftCommand } from './draft';
import { idCommand } from './id';
import { provisionCommand } from './provision';
import { syncCommand } from './sync';
import { templateCommand } from './template';
import type { CommandModule } from './types';
import { validateCommand } from './validate';

export const commands: CommandModule[] = [validateCommand, idCommand, draftCommand, templateCommand, provisionCommand, syncCommand];
