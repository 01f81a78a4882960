/**
 * `order75 template system|duties|code|risk-list`: a draft 质量安全管理制度, 《质量安全总监职责》, 《质量安全员守则》
 * or 《工业产品质量安全风险管控清单》 (Art. 3, 7, 8, 9) for an enterprise, as JSON or (risk list) XLSX.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  checkUscc, directorDutiesTemplate, findRiskListCategory, localize, managementSystemTemplate, officerCodeTemplate,
  RISK_LIST_CATEGORIES, riskListTemplate, type TemplateProfile,
} from '@order75/core';
import type { AnyRecord, RiskList } from '@order75/schemas';
import { CliUsageError, type CliIo, EXIT, localeOption } from '../io';
import { dateOption, emit } from './checkInput';
import type { CommandModule } from './types';

const KINDS = ['system', 'duties', 'code', 'risk-list'] as const;
const CATEGORIES = Object.values(RISK_LIST_CATEGORIES).map((c) => `${c.key}（${c.name.zh}）`).join(', ');

interface Options {
  category?: string;
  xlsx?: string;
  profile?: string;
  enterprise?: string;
  name?: string;
  effectiveDate?: string;
  version?: string;
  sites?: string;
  out?: string;
  lang?: string;
}

async function profileOf(opts: Options, io: CliIo): Promise<TemplateProfile> {
  if (opts.profile) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(resolve(io.cwd, opts.profile), 'utf8'));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new CliUsageError(`无法读取生产单位档案 ${opts.profile}：${detail}`, `cannot read the profile ${opts.profile}: ${detail}`);
    }
    const p = value as Partial<TemplateProfile> & { recordType?: string };
    if (!p || typeof p !== 'object' || typeof p.enterprise !== 'string' || typeof p.name !== 'string') {
      throw new CliUsageError(`${opts.profile} 不是生产单位档案（需要 enterprise 和 name 字段）`, `${opts.profile} is not an enterprise profile (needs enterprise and name)`);
    }
    return { enterprise: p.enterprise, name: p.name, ...(p.sites ? { sites: p.sites } : {}), ...(p.products ? { products: p.products } : {}) };
  }
  if (!opts.enterprise || !opts.name) {
    throw new CliUsageError('请用 --profile 指定生产单位档案，或用 --enterprise 和 --name 给出统一社会信用代码和单位名称', 'pass --profile with an enterprise profile, or --enterprise and --name');
  }
  return { enterprise: opts.enterprise, name: opts.name };
}

export const templateCommand: CommandModule = {
  name: 'template',
  register(program, io, done) {
    program
      .command('template')
      .description('生成制度、总监职责、安全员守则或风险管控清单草稿 / draft the management system, director duties, officer code or a risk list')
      .argument('<kind>', `${KINDS.join(' | ')}`)
      .option('--category <category>', `风险管控清单类别 / risk-list category: ${CATEGORIES}`, 'generic')
      .option('--profile <file>', '生产单位档案 JSON / enterprise-profile record (JSON)')
      .option('--enterprise <uscc>', '统一社会信用代码（无 --profile 时）/ USCC (without --profile)')
      .option('--name <name>', '单位名称（无 --profile 时）/ enterprise name (without --profile)')
      .option('--effective-date <date>', '生效日期，默认今天 / effective date, default today')
      .option('--version <version>', '版本号，默认 V1.0 / document version, default V1.0')
      .option('--sites <ids>', '适用厂区，逗号分隔（风险管控清单）/ sites, comma-separated (risk list)')
      .option('--xlsx <file>', '另存为 Excel（风险管控清单）/ also write the risk list as XLSX')
      .option('--out <file>', '写入文件而非标准输出 / write the JSON to a file instead of stdout')
      .option('--lang <lang>', 'zh-CN（默认）或 en / zh-CN (default) or en')
      .action(async (kind: string, opts: Options) => {
        const locale = localeOption(opts.lang);
        if (!(KINDS as readonly string[]).includes(kind)) {
          throw new CliUsageError(`未知的模板「${kind}」，应为 ${KINDS.join('、')}`, `unknown template "${kind}"; use ${KINDS.join(', ')}`);
        }
        if (opts.xlsx && kind !== 'risk-list') throw new CliUsageError('--xlsx 只用于 risk-list', '--xlsx applies to risk-list only');
        if (kind === 'risk-list' && !findRiskListCategory(opts.category ?? 'generic')) {
          throw new CliUsageError(`未知的清单类别「${opts.category}」，可选：${CATEGORIES}`, `unknown risk-list category "${opts.category}"; use one of: ${CATEGORIES}`);
        }
        const profile = await profileOf(opts, io);
        const uscc = checkUscc(profile.enterprise);
        if (!uscc.ok) throw new CliUsageError(`统一社会信用代码无效：${localize(uscc.reason, 'zh-CN')}`, `invalid USCC: ${localize(uscc.reason, 'en')}`);
        const base = {
          ...(opts.effectiveDate ? { effectiveDate: dateOption('--effective-date', opts.effectiveDate) } : {}),
          ...(opts.version ? { version: opts.version } : {}),
        };
        let record: AnyRecord;
        if (kind === 'system') record = managementSystemTemplate(profile, base);
        else if (kind === 'duties') record = directorDutiesTemplate(profile, base);
        else if (kind === 'code') record = officerCodeTemplate(profile, base);
        else {
          const sites = opts.sites?.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
          record = riskListTemplate(opts.category ?? 'generic', profile, { ...base, ...(sites?.length ? { sites } : {}) });
        }
        if (opts.xlsx) {
          const { riskListToXlsx } = await import('@order75/xlsx');
          await emit(io, opts.xlsx, await riskListToXlsx(record as RiskList));
          io.stderr(locale === 'en' ? `written ${opts.xlsx}\n` : `已写入 ${opts.xlsx}\n`);
        }
        if (!opts.xlsx || opts.out) await emit(io, opts.out, `${JSON.stringify(record, null, 2)}\n`);
        done(EXIT.ok);
      });
  },
};
