/**
 * The valid fixtures tell one story — 福建闽江电线电缆有限公司, two sites, one risk list, a hazard found on a
 * daily check and followed through the weekly report and the monthly meeting, a licence veto and a defect veto
 * with their responses and a recall — so other packages (engine, store, archive, forms) can use them as a
 * consistent data set. These checks keep the cross-references, people, sites and content hashes true.
 */
import { describe, expect, it } from 'vitest';
import { contentHash, sha256Hasher } from '@order75/core';
import { recordSchemas } from '@order75/schemas';
import { firstValid, loadFixtures, validRecords } from './support/fixtures';

// biome-ignore lint/suspicious/noExplicitAny: the fixtures are read as raw JSON across every record type and walked freely; the assertions themselves check the shapes.
type Rec = Record<string, any>;

const USCC = '91350100M000100Y43';
const records = validRecords() as Rec[];
const ofType = (type: string) => records.filter((r) => r.recordType === type);
const profile = firstValid('enterprise-profile') as Rec;
const riskList = firstValid('risk-list') as Rec;
const siteIds = new Set<string>(profile.sites.map((s: Rec) => s.siteId));

/** Every object with a `personId` anywhere in a value. */
function people(value: unknown, out: Rec[] = []): Rec[] {
  if (Array.isArray(value)) for (const v of value) people(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Rec;
    if (typeof o.personId === 'string') out.push(o);
    for (const v of Object.values(o)) people(v, out);
  }
  return out;
}

describe('the fixture story', () => {
  it('has one enterprise', () => {
    expect(new Set(records.map((r) => r.enterprise))).toEqual(new Set([USCC]));
    expect(profile.name).toBe('福建闽江电线电缆有限公司');
  });

  it('gives each person one name, and each id one record type', () => {
    const names = new Map<string, Set<string>>();
    for (const p of people(records)) {
      if (typeof p.name !== 'string') continue;
      names.set(p.personId, (names.get(p.personId) ?? new Set()).add(p.name));
    }
    for (const [id, set] of names) expect([...set], id).toHaveLength(1);
    expect(names.get('P001')).toEqual(new Set(['林建国']));
    const types = new Map<string, Set<string>>();
    for (const r of records) types.set(r.id, (types.get(r.id) ?? new Set()).add(r.recordType));
    for (const [id, set] of types) expect([...set], id).toHaveLength(1);
  });

  it('uses only the sites of the profile', () => {
    expect([...siteIds].sort()).toEqual(['changle', 'mawei']);
    const used = [
      ...ofType('daily-check').map((r) => r.site),
      ...ofType('production-calendar').map((r) => r.site),
      ...ofType('personnel-change').flatMap((r) => r.sites ?? []),
      ...ofType('risk-list').flatMap((r) => [...(r.sites ?? []), ...r.rows.flatMap((row: Rec) => row.sites ?? [])]),
      ...ofType('weekly-report').flatMap((r) => (r.hazards ?? []).map((h: Rec) => h.site).filter(Boolean)),
      ...profile.products.flatMap((p: Rec) => p.sites ?? []),
    ];
    for (const s of used) expect(siteIds.has(s), s).toBe(true);
  });

  it('answers the risk list row by row on daily checks', () => {
    const rows = new Set(riskList.rows.map((r: Rec) => r.rowId));
    for (const check of ofType('daily-check')) {
      expect(check.riskList).toEqual({ recordId: riskList.id, version: riskList.version });
      for (const item of check.items) expect(rows.has(item.rowId), item.rowId).toBe(true);
    }
  });

  it('follows the daily hazard into the weekly report and the monthly meeting', () => {
    const daily = firstValid('daily-check') as Rec;
    const row = daily.items.find((i: Rec) => i.result === 'hazard');
    expect(row.reportedTo.personId).toBe('P002');
    const weekly = firstValid('weekly-report') as Rec;
    const hazard = weekly.hazards.find((h: Rec) => h.hazardId === row.hazardId);
    expect(hazard.sourceRecordIds).toContain(daily.id);
    expect(hazard.foundOn).toBe(daily.date);
    const known = new Set([...weekly.hazards.map((h: Rec) => h.hazardId), ...weekly.verifications.map((v: Rec) => v.hazardId)]);
    for (const u of weekly.hazardUpdates) expect(known.has(u.hazardId), u.hazardId).toBe(true);
    const monthly = firstValid('monthly-meeting') as Rec;
    expect(monthly.hazardUpdates.map((u: Rec) => u.hazardId)).toContain(row.hazardId);
    expect(monthly.month).toBe(daily.date.slice(0, 7));
  });

  it('links vetoes, responses, the decision and the recall', () => {
    const opinions = new Map(ofType('opinion').map((o) => [o.id, o]));
    const responses = ofType('opinion-response');
    for (const r of responses) expect(opinions.has(r.opinion), r.opinion).toBe(true);
    const licenceVeto = [...opinions.values()].find((o) => o.kind === 'veto' && o.trigger === 'licence-invalid');
    expect(licenceVeto).toBeDefined();
    expect(responses.some((r) => r.opinion === licenceVeto?.id)).toBe(true);
    for (const d of ofType('major-decision')) for (const o of d.opinionsHeard ?? []) expect(opinions.has(o), o).toBe(true);
    for (const recall of ofType('recall')) {
      const response = responses.find((r) => r.id === recall.response);
      expect(response?.defectConfirmed, recall.response).toBe(true);
      expect(opinions.get(response?.opinion)?.trigger).toBe('defect');
    }
    const products = new Set(profile.products.map((p: Rec) => p.productId));
    const certificates = new Set(profile.products.flatMap((p: Rec) => (p.certificates ?? []).map((c: Rec) => c.number)));
    for (const o of opinions.values()) {
      for (const p of o.affectedProducts ?? []) expect(products.has(p), p).toBe(true);
      for (const c of o.certificates ?? []) expect(certificates.has(c), c).toBe(true);
    }
    // The licence lapsed the day before the veto: validTo is the last valid day.
    const lapsed = profile.products[0].certificates.find((c: Rec) => c.validTo < licenceVeto?.raisedAt.slice(0, 10));
    expect(lapsed?.number).toBe(licenceVeto?.certificates[0]);
  });

  it('signs with people appointed to the role, in a slot that accepts it, over the content hash', async () => {
    const appointed = new Set(
      ofType('personnel-change')
        .filter((c) => c.action !== 'remove')
        .map((c) => `${c.person.personId}:${c.role}`),
    );
    let signatures = 0;
    for (const r of records) {
      const slots = (recordSchemas[`${r.recordType}@1`] as Rec)['x-order75-signatures'] as string[][];
      const hash = await contentHash(r, sha256Hasher);
      for (const s of r.signatures ?? []) {
        const where = `${r.recordType} ${r.id} slot ${s.slot}`;
        expect(slots[s.slot], where).toContain(s.role);
        expect(appointed.has(`${s.personId}:${s.role}`), `${where}: ${s.personId} as ${s.role}`).toBe(true);
        expect(s.contentHash, `${where}: recompute the content hash after editing the record`).toBe(hash);
        signatures++;
      }
    }
    expect(signatures).toBeGreaterThan(30);
    const methods = new Set(records.flatMap((r) => (r.signatures ?? []).map((s: Rec) => s.method)));
    expect(methods).toEqual(new Set(['key', 'drawn', 'paper']));
  });

  it('covers every record type', () => {
    expect(loadFixtures('records').map((f) => f.file.replace(/^records\/|\.json$/g, '')).sort()).toEqual(
      Object.keys(recordSchemas)
        .map((k) => k.replace(/@\d+$/, ''))
        .sort(),
    );
  });
});
