import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KD_SERVICE, KD_TEST, KingdeeServer } from './kingdeeServer';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are probed freely in assertions.
type Json = any;

let server: KingdeeServer;
let cookie = '';

async function call(service: string, parameters: unknown[], withCookie = true) {
  const res = await fetch(`${server.baseUrl}${service}.common.kdsvc`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(withCookie && cookie ? { cookie } : {}) },
    body: JSON.stringify({ parameters }),
  });
  return { res, body: (await res.json()) as Json };
}

const save = (model: unknown, batch = false) =>
  call(batch ? KD_SERVICE.batchSave : KD_SERVICE.save, ['O75_DAILY', JSON.stringify({ Model: model })]);
const q = (data: Record<string, unknown>) => call(KD_SERVICE.executeBillQuery, [JSON.stringify({ FormId: 'O75_DAILY', ...data })]);

beforeAll(async () => {
  server = await KingdeeServer.start({ latencyMs: 1 });
  server.addForm('O75_DAILY', '每日检查', [
    { key: 'F_O75_RecordId', name: '记录编号', type: 'text', maxLength: 64, required: true },
    { key: 'F_O75_Revision', name: '修订版', type: 'integer' },
    { key: 'F_O75_Date', name: '日期', type: 'date' },
  ]);
});
afterAll(() => server.close());

describe('simulated Kingdee WebAPI', () => {
  it('says the session is lost (MsgCode 1) before login, and logs in by ValidateUser with a cookie', async () => {
    const before = await save({ F_O75_RecordId: 'a' });
    expect(before.body.Result.ResponseStatus).toMatchObject({ IsSuccess: false, MsgCode: 1, Errors: [{ Message: '会话信息已丢失，请重新登录' }] });
    const bad = await call(KD_SERVICE.validateUser, [KD_TEST.acctId, KD_TEST.userName, 'wrong', 2052], false);
    expect(bad.body.LoginResultType).toBe(0);
    const login = await call(KD_SERVICE.validateUser, [KD_TEST.acctId, KD_TEST.userName, KD_TEST.password, 2052], false);
    expect(login.body.LoginResultType).toBe(1);
    cookie = login.res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    expect(cookie).toMatch(/kdservice-sessionid=/);
  });

  it('creates with FID 0, updates by FID, and reports field errors per DIndex', async () => {
    const created = await save({ FID: 0, F_O75_RecordId: 'r1', F_O75_Revision: 1, F_O75_Date: '2026-11-28' });
    expect(created.body.Result.ResponseStatus).toMatchObject({ IsSuccess: true, SuccessEntitys: [{ DIndex: 0, Number: 'O75-000001' }] });
    const id = created.body.Result.Id as number;
    expect((await save({ FID: id, F_O75_Revision: 2 })).body.Result.ResponseStatus.IsSuccess).toBe(true);
    const batch = await save([{ FID: 0, F_O75_RecordId: 'r2' }, { FID: 0 }, { FID: 0, F_O75_RecordId: 'x'.repeat(65) }], true);
    const status = batch.body.Result.ResponseStatus;
    expect(status.IsSuccess).toBe(false);
    expect(status.SuccessEntitys.map((s: Json) => s.DIndex)).toEqual([0]);
    expect(status.Errors.map((e: Json) => [e.DIndex, e.FieldName])).toEqual([[1, 'F_O75_RecordId'], [2, 'F_O75_RecordId']]);
    expect((await save({ FID: 999, F_O75_Revision: 2 })).body.Result.ResponseStatus.Errors[0].FieldName).toBe('FID');
  });

  it('answers ExecuteBillQuery with row arrays, filtered, ordered and paged', async () => {
    await save(Array.from({ length: 10 }, (_, i) => ({ FID: 0, F_O75_RecordId: `p${i}`, F_O75_Revision: i })), true);
    const rows = await q({ FieldKeys: 'FID,F_O75_RecordId,F_O75_Revision', FilterString: "F_O75_RecordId IN ('r1','p3') OR F_O75_Revision >= 8", OrderString: 'F_O75_Revision DESC' });
    expect(rows.body.map((r: unknown[]) => r[1])).toEqual(['p9', 'p8', 'p3', 'r1']);
    const page = await q({ FieldKeys: 'F_O75_RecordId', OrderString: 'FID ASC', StartRow: 2, Limit: 3 });
    expect(page.body).toEqual([['p0'], ['p1'], ['p2']]);
    const date = await q({ FieldKeys: 'F_O75_Date,FModifyDate', FilterString: "F_O75_RecordId = 'r1'" });
    expect(date.body[0][0]).toBe('2026-11-28T00:00:00');
    expect(date.body[0][1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/);
  });

  it('wraps query errors in the row array: unknown field, unknown form, bad filter', async () => {
    expect((await q({ FieldKeys: 'F_Nope' })).body[0][0].Result.ResponseStatus.Errors[0].Message).toContain('F_Nope');
    const form = await call(KD_SERVICE.executeBillQuery, [JSON.stringify({ FormId: 'NOPE', FieldKeys: 'FID' })]);
    expect(form.body[0][0].Result.ResponseStatus.Errors[0].Message).toContain('业务对象不存在');
    expect((await q({ FieldKeys: 'FID', FilterString: "F_O75_RecordId = 'x" })).body[0][0].Result.ResponseStatus.IsSuccess).toBe(false);
  });

  it('loses the session after the idle time', async () => {
    server.advanceClock(21 * 60 * 1000);
    const rows = await q({ FieldKeys: 'FID' });
    expect(rows.body[0][0].Result.ResponseStatus).toMatchObject({ MsgCode: 1, IsSuccess: false });
  });
});
