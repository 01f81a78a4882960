/**
 * Documents in force (OBLIGATIONS.md): `management-system`, `director-duties`, `officer-code` and `risk-list` each form
 * series per enterprise (risk lists: one series per set of applicable sites and product categories). Within a series
 * the version in force on D is the one with the latest effective date ≤ D; on equal dates the higher version number
 * wins (then the later creation, then the id).
 */
import type { DirectorDuties, ManagementSystem, OfficerCode, RiskList } from '@order75/schemas';
import { type DayNumber, tryDayNumber } from '../calendar/days';
import { createdMs } from '../records/recordDate';

/** Documents that form series of versions. */
export type SeriesDocument = ManagementSystem | DirectorDuties | OfficerCode | RiskList;

/** A version and the days it is in force: `[from, to)`, `to` = Infinity while current. */
export interface InForce<T> {
  readonly doc: T;
  readonly from: DayNumber;
  readonly to: DayNumber;
}

/** One series of versions of a document. */
export interface Series<T> {
  readonly key: string;
  readonly versions: readonly InForce<T>[];
  on(day: DayNumber): T | undefined;
}

/** Natural order of version strings: V2 < V10, 2025版 < 2026版. */
export function compareVersions(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    const c = nx && ny ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}

/** Groups documents into series (by `keyOf`) with their days in force. */
export function buildSeries<T extends SeriesDocument>(docs: readonly T[], keyOf: (doc: T) => string = () => ''): Series<T>[] {
  const groups = new Map<string, { doc: T; from: DayNumber }[]>();
  for (const doc of docs) {
    const from = tryDayNumber(doc.effectiveDate);
    if (Number.isNaN(from)) continue;
    const key = keyOf(doc);
    const list = groups.get(key) ?? [];
    list.push({ doc, from });
    groups.set(key, list);
  }
  return [...groups.keys()].sort().map((key) => {
    const list = (groups.get(key) ?? []).sort(
      (a, b) => a.from - b.from || compareVersions(a.doc.version, b.doc.version) || (createdMs(a.doc) || 0) - (createdMs(b.doc) || 0) || (a.doc.id < b.doc.id ? -1 : 1),
    );
    const versions = list.map((v, i) => ({ doc: v.doc, from: v.from, to: list[i + 1]?.from ?? Number.POSITIVE_INFINITY })).filter((v) => v.to > v.from);
    return makeSeries(key, versions);
  });
}

/** A series over its versions; `on` is one module function for every series (rules call it per day, run after run). */
export function makeSeries<T>(key: string, versions: readonly InForce<T>[]): Series<T> {
  const series: Series<T> = { key, versions, on: versionOn };
  return series;
}

function versionOn<T>(this: Series<T>, day: DayNumber): T | undefined {
  const versions = this.versions;
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i] as InForce<T>;
    if (v.from <= day) return day < v.to ? v.doc : undefined;
  }
  return undefined;
}

/** The series key of a risk list: its sites and product categories, sorted. */
export function riskListKey(list: RiskList): string {
  return `${[...(list.sites ?? [])].sort().join(',')}|${[...list.productCategories].sort().join(',')}`;
}
