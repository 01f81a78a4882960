/**
 * `order75 provision <adapter> --config file [--verify]`: creates the host objects a record needs (tables,
 * forms, fields) through the host's API where it has one and prints the manual steps where it has not; with
 * `--verify`, reads the host and lists what differs from the schemas (exit 1 when anything does).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AdapterConfigError, type ProvisioningPlan, type ProvisioningStep, type RecordAdapter } from '@order75/adapter-kit';
import type { Locale } from '@order75/core';
import { CliUsageError, type CliIo, EXIT, localeOption, say } from '../io';
import { configSchemaFor, findPlugin, loadConfig } from './syncConfig';
import type { CommandModule } from './types';

interface Options {
  config?: string;
  verify?: boolean;
  out?: string;
  json?: boolean;
  schema?: boolean;
  lang?: string;
}

/** Turns a config error into a usage error (exit 2) with its bilingual detail. */
export function configFailure(error: unknown): never {
  if (error instanceof AdapterConfigError) throw new CliUsageError(`${error.adapter} 配置 ${error.field}：${error.detail.zh}`, `${error.adapter} config ${error.field}: ${error.detail.en}`);
  throw error;
}

function stepLine(step: ProvisioningStep, locale: Locale): string {
  const text = say(locale, step.action.zh, step.action.en);
  if (step.kind === 'api') return step.changed ? `  ✓ ${say(locale, '已执行', 'done')}: ${text}` : `  = ${say(locale, '无需变更', 'unchanged')}: ${text}`;
  const fields = step.fields.map((f) => `      ${f.name}  ${f.hostType}${f.required ? ' *' : ''}  ${say(locale, f.label.zh, f.label.en)}  ← ${f.source}`);
  return [`  ✎ ${say(locale, '需手工完成', 'manual')}: ${text}`, ...fields].join('\n');
}

async function printPlan(plan: ProvisioningPlan, io: CliIo, locale: Locale, out: string | undefined): Promise<void> {
  const lines: string[] = [`${say(locale, '适配器', 'adapter')}: ${plan.adapter}`];
  const templates = [...(plan.common ?? []), ...plan.objects.flatMap((o) => o.steps)].flatMap((s) => (s.kind === 'manual' && s.template ? [s.template] : []));
  if (plan.common?.length) lines.push(say(locale, '公共', 'common'), ...plan.common.map((s) => stepLine(s, locale)));
  for (const o of plan.objects) lines.push(`${o.recordType} → ${o.hostObject}`, ...o.steps.map((s) => stepLine(s, locale)));
  const all = [...(plan.common ?? []), ...plan.objects.flatMap((o) => o.steps)];
  const changed = all.filter((s) => s.kind === 'api' && s.changed).length;
  const manual = all.filter((s) => s.kind === 'manual').length;
  lines.push(say(locale, `共执行 ${changed} 项变更，${all.length - changed - manual} 项已就绪，${manual} 项需手工完成`, `${changed} change(s) made, ${all.length - changed - manual} already in place, ${manual} manual step(s)`));
  if (templates.length) {
    if (out) {
      const dir = resolve(out);
      await mkdir(dir, { recursive: true });
      for (const t of templates) await writeFile(join(dir, t.fileName), t.content);
      lines.push(say(locale, `导入模板已写入 ${out}：`, `import templates written to ${out}:`), ...templates.map((t) => `  ${t.fileName}`));
    } else lines.push(say(locale, `有 ${templates.length} 个导入模板，用 --out <文件夹> 保存`, `${templates.length} import template(s); save them with --out <folder>`));
  }
  io.stdout(`${lines.join('\n')}\n`);
}

export const provisionCommand: CommandModule = {
  name: 'provision',
  register(program, io, done) {
    program
      .command('provision')
      .description('在目标系统中建立表单/中间表，或输出手工步骤 / create the host objects, or print the manual steps')
      .argument('<adapter>', '适配器名称，如 sql / adapter name, e.g. sql')
      .option('--config <file>', '适配器配置文件（JSON）/ adapter config file (JSON)')
      .option('--verify', '只检查目标系统与结构定义的差异 / only compare the host with the schemas')
      .option('--out <dir>', '把导入模板写入该文件夹 / write import templates to this folder')
      .option('--json', '输出 JSON / print JSON')
      .option('--schema', '输出该适配器配置文件的 JSON Schema / print the JSON Schema of this adapter’s config file')
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .action(async (name: string, opts: Options) => {
        const locale = localeOption(opts.lang);
        if (opts.schema) {
          io.stdout(`${JSON.stringify(configSchemaFor(await findPlugin(name, undefined, io.cwd)), null, 2)}\n`);
          done(EXIT.ok);
          return;
        }
        if (!opts.config) throw new CliUsageError('需要 --config <配置文件>', 'needs --config <file>');
        const { config, plugin } = await loadConfig(opts.config, name, io);
        let adapter: RecordAdapter;
        try {
          adapter = plugin.create(config.options, { env: io.env, fetch: globalThis.fetch });
        } catch (error) {
          configFailure(error);
        }
        try {
          if (opts.verify) {
            const diff = await adapter.verifyProvisioning().catch(configFailure);
            if (opts.json) io.stdout(`${JSON.stringify(diff, null, 2)}\n`);
            else if (diff.length === 0) io.stdout(`${say(locale, '目标系统与结构定义一致', 'the host matches the schemas')}\n`);
            else io.stdout(`${diff.map((d) => `${d.problem}  ${d.hostObject}${d.field ? `.${d.field}` : ''}  ${say(locale, d.message.zh, d.message.en)}`).join('\n')}\n`);
            done(diff.length ? EXIT.findings : EXIT.ok);
            return;
          }
          const plan = await adapter.provision().catch(configFailure);
          if (opts.json) io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
          else await printPlan(plan, io, locale, opts.out ? resolve(io.cwd, opts.out) : undefined);
          done(EXIT.ok);
        } finally {
          await adapter.close?.();
        }
      });
  },
};
