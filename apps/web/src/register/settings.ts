import {
  COUNTY_PUBLICITY_MIN_DAYS,
  Disclosure,
  type PublicitySettings as Publicity,
  PublicitySettings,
} from '@huinong/register';

/**
 * The register's settings, kept on this device: the 公示 days (the county's to set: village and
 * township commonly 5–7 days, the county's at least 10, 国开办发〔2017〕50号), how much of a 身份证号
 * and an account the printed lists and the 发放清册 show, the 制表人 printed on forms, the names
 * last used for each role, and the next serial number.
 */
export interface RegisterSettings {
  readonly publicity: Publicity;
  readonly disclosure: Disclosure;
  /** 制表人: printed on the worksheet and the forms */
  readonly preparer: string;
  /** the name last used by each role (村干部, 镇, 县) when taking a step */
  readonly names: Readonly<Record<string, string>>;
  /** the next serial number given to a new case */
  readonly nextSerial: number;
}

export const DEFAULT_PUBLICITY: Publicity = {
  villageDays: 5,
  townshipDays: 7,
  countyDays: COUNTY_PUBLICITY_MIN_DAYS,
};

export const DEFAULT_SETTINGS: RegisterSettings = {
  publicity: DEFAULT_PUBLICITY,
  disclosure: {
    idNumber: { show: 'masked', head: 6, tail: 4 },
    account: { show: 'masked', head: 6, tail: 4 },
  },
  preparer: '',
  names: {},
  nextSerial: 1,
};

/** Stored settings read back; anything unreadable falls back to the defaults. */
export function parseSettings(raw: unknown): RegisterSettings {
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const publicity = PublicitySettings.safeParse(r.publicity);
  const disclosure = Disclosure.safeParse(r.disclosure);
  const names: Record<string, string> = {};
  if (r.names && typeof r.names === 'object')
    for (const [k, v] of Object.entries(r.names)) if (typeof v === 'string') names[k] = v;
  const serial = r.nextSerial;
  return {
    publicity: publicity.success ? publicity.data : DEFAULT_PUBLICITY,
    disclosure: disclosure.success ? disclosure.data : DEFAULT_SETTINGS.disclosure,
    preparer: typeof r.preparer === 'string' ? r.preparer : '',
    names,
    nextSerial: typeof serial === 'number' && Number.isInteger(serial) && serial >= 1 ? serial : 1,
  };
}

/** "2023-0007": the year of the case's date and a running number on this device. */
export function serialOf(year: string, n: number): string {
  return `${year}-${String(n).padStart(4, '0')}`;
}
