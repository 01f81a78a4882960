/**
 * Templates of 《工业产品质量安全风险管控清单》 (Art. 9): a generic list and lists for product categories,
 * each row with a stable row id, cadence and owner role (日管控 officer, 周排查 director, 月调度 principal).
 */
import type { Message, RiskList } from '@order75/schemas';
import { draftEnvelope, todayLocal, type TemplateOptions, type TemplateProfile } from './common';
import { E_BIKE_ROWS } from './riskRows/eBike';
import { FOOD_CONTACT_ROWS } from './riskRows/foodContact';
import { GENERIC_ROWS } from './riskRows/generic';
import { CADENCE_OWNER, type RowSpec } from './riskRows/types';
import { WIRE_CABLE_ROWS } from './riskRows/wireCable';

/** One risk-list template: the category name written into the list, and its rows. */
export interface RiskListCategory {
  key: string;
  name: Message;
  rows: readonly RowSpec[];
}

/** The risk-list templates, by key. */
export const RISK_LIST_CATEGORIES = {
  generic: { key: 'generic', name: { zh: '通用', en: 'Generic' }, rows: GENERIC_ROWS },
  'wire-cable': { key: 'wire-cable', name: { zh: '电线电缆', en: 'Wire and cable' }, rows: WIRE_CABLE_ROWS },
  'food-contact': { key: 'food-contact', name: { zh: '食品相关产品', en: 'Food-contact materials' }, rows: FOOD_CONTACT_ROWS },
  'e-bike': { key: 'e-bike', name: { zh: '电动自行车', en: 'Electric bicycles' }, rows: E_BIKE_ROWS },
} as const satisfies Record<string, RiskListCategory>;

/** A risk-list template key: `generic`, `wire-cable`, `food-contact`, `e-bike`. */
export type RiskListCategoryKey = keyof typeof RISK_LIST_CATEGORIES;

/** Options of `riskListTemplate`. */
export interface RiskListTemplateOptions extends TemplateOptions {
  /** Sites the list applies to (empty or absent: every site). */
  sites?: string[];
  /** Product categories written into the list; the template's category name when absent. */
  productCategories?: string[];
}

/** Resolves a category key or its Chinese name (`电线电缆`); `undefined` when unknown. */
export function findRiskListCategory(keyOrName: string): RiskListCategory | undefined {
  return Object.values(RISK_LIST_CATEGORIES).find((c) => c.key === keyOrName || c.name.zh === keyOrName);
}

/**
 * A draft risk list for `profile` from the `category` template: rows numbered from 1 with their stable
 * row ids, each owned by the role its cadence calls for. Throws on an unknown category (programmer error).
 */
export function riskListTemplate(category: string, profile: TemplateProfile, options: RiskListTemplateOptions = {}): RiskList {
  const found = findRiskListCategory(category);
  if (!found) {
    const keys = Object.keys(RISK_LIST_CATEGORIES).join(', ');
    throw new RangeError(`unknown risk-list category "${category}"; use one of: ${keys}`);
  }
  const suffix = found.key === 'generic' ? '' : `（${found.name.zh}）`;
  const list: RiskList = {
    ...draftEnvelope('risk-list', profile, options),
    title: `${profile.name}工业产品质量安全风险管控清单${suffix}`,
    version: options.version ?? 'V1.0',
    effectiveDate: options.effectiveDate ?? todayLocal(),
    productCategories: options.productCategories ?? [found.name.zh],
    rows: found.rows.map(([rowId, stage, controlStep, riskPoint, controlMeasure, cadence, legalBasis], i) => ({
      rowId,
      seq: i + 1,
      stage,
      controlStep,
      riskPoint,
      controlMeasure,
      cadence,
      responsibleRole: CADENCE_OWNER[cadence],
      ...(legalBasis ? { legalBasis } : {}),
    })),
  };
  if (options.sites && options.sites.length > 0) list.sites = [...options.sites];
  return list;
}
