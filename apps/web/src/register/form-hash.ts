import { canonicalJson, type Json, type RegisterCase, sha256Hex } from '@huinong/register';

/**
 * The 校验值 printed on a case's form: SHA-256 of the canonical JSON of what the form is made
 * from — the applicant (the full 身份证号, not the masked one printed), the place, the account, the
 * pack, engine and as-of date, and the frozen award; for the 审批表 the lifecycle too (its log).
 * A form printed later from the same case carries the same value, so a paper form can be checked
 * against the register by printing it again; a changed award, person or step gives another. The
 * case's id and timestamps are left out: they are never printed. This is a pure function.
 */
export function formHash(c: RegisterCase, withLog: boolean): string {
  const record = {
    applicant: c.applicant,
    township: c.township,
    village: c.village,
    account: c.account ?? null,
    pack: c.pack,
    engineVersion: c.engineVersion,
    asOf: c.asOf,
    screening: c.screening,
    ...(withLog ? { lifecycle: c.lifecycle } : {}),
  };
  return sha256Hex(canonicalJson(record as unknown as Json));
}
