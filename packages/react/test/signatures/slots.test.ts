import { describe, expect, it } from 'vitest';
import { roleRefusal, signatureSlots } from '../../src/signatures/slots';

describe('signature slots', () => {
  it('reads slots and their conditions from the schema', () => {
    expect(signatureSlots('risk-list')).toEqual([
      { index: 0, roles: ['director', 'principal'], condition: null },
      { index: 1, roles: ['principal'], condition: null },
    ]);
    expect(signatureSlots('monthly-meeting')[1]).toEqual({ index: 1, roles: ['director'], condition: 'director-in-office' });
  });

  it('refuses a role the slot does not list, in both languages', () => {
    const [slot] = signatureSlots('daily-check');
    if (!slot) throw new Error('no slot');
    expect(roleRefusal(slot, 'officer')).toBeUndefined();
    expect(roleRefusal(slot, 'director')).toEqual({
      zh: '质量安全总监不能签署此签名栏：本栏只能由质量安全员签署。',
      en: 'A quality-safety director cannot sign this slot: only quality-safety officer may sign it.',
    });
    const weekly = signatureSlots('weekly-report')[0];
    if (!weekly) throw new Error('no slot');
    expect(roleRefusal(weekly, 'officer')?.zh).toBe('质量安全员不能签署此签名栏：本栏只能由质量安全总监或主要负责人签署。');
    expect(roleRefusal(weekly, undefined)?.zh).toContain('未指定岗位的人员');
  });
});
