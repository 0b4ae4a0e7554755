import { describe, expect, it } from 'vitest';
import { cpdYearOf, cycleFor, firstCycleStart } from './cpd-cycle';
import { addDaysTo } from './plain-date';
import { REGISTRANT_TYPES, type RegistrantType } from './registrant-types';

const DCP_TYPES = REGISTRANT_TYPES.filter((type) => type !== 'dentist');

describe('cpdYearOf', () => {
  it('runs January to December for dentists', () => {
    expect(cpdYearOf('2026-01-01', 'dentist')).toEqual({ start: '2026-01-01', end: '2026-12-31', label: '2026' });
    expect(cpdYearOf('2026-12-31', 'dentist').label).toBe('2026');
    expect(cpdYearOf('2027-01-01', 'dentist').label).toBe('2027');
    expect(cpdYearOf('2026-07-31', 'dentist').label).toBe('2026');
    expect(cpdYearOf('2026-08-01', 'dentist').label).toBe('2026');
  });

  it.each(DCP_TYPES)('runs August to July for a %s', (type) => {
    expect(cpdYearOf('2026-07-31', type)).toEqual({ start: '2025-08-01', end: '2026-07-31', label: '2025/26' });
    expect(cpdYearOf('2026-08-01', type)).toEqual({ start: '2026-08-01', end: '2027-07-31', label: '2026/27' });
    expect(cpdYearOf('2026-12-31', type).label).toBe('2026/27');
    expect(cpdYearOf('2027-01-01', type).label).toBe('2026/27');
  });

  it('labels the DCP year that crosses a century', () => {
    expect(cpdYearOf('2099-09-01', 'dental-nurse').label).toBe('2099/00');
  });

  it('reads an instant on the UK calendar, so 00:30 BST on 1 August is the new DCP year', () => {
    const justAfterMidnightBst = new Date('2026-07-31T23:30:00Z');
    expect(cpdYearOf(justAfterMidnightBst, 'dental-nurse').label).toBe('2026/27');
    expect(cpdYearOf(new Date('2026-07-31T22:59:59Z'), 'dental-nurse').label).toBe('2025/26');
  });

  it('reads New Year on the UK calendar (GMT = UTC in winter)', () => {
    expect(cpdYearOf(new Date('2026-12-31T23:59:59Z'), 'dentist').label).toBe('2026');
    expect(cpdYearOf(new Date('2027-01-01T00:00:00Z'), 'dentist').label).toBe('2027');
  });

  it('rejects dates that do not exist', () => {
    expect(() => cpdYearOf('2026-02-30', 'dentist')).toThrow(RangeError);
    expect(() => cpdYearOf('26-02-01', 'dentist')).toThrow(RangeError);
  });
});

describe('cycleFor', () => {
  it('counts a dentist’s cycles from their own cycle start, turning over on 1 January', () => {
    const own = { cycleStart: '2023-01-01' };
    const cycle = cycleFor({ ...own, containing: '2026-11-23' }, 'dentist');
    expect(cycle).toMatchObject({ start: '2023-01-01', end: '2027-12-31', label: '2023–2027' });
    expect(cycle.years.map((year) => year.label)).toEqual(['2023', '2024', '2025', '2026', '2027']);
    expect(cycleFor({ ...own, containing: '2022-12-31' }, 'dentist').label).toBe('2018–2022');
    expect(cycleFor({ ...own, containing: '2028-01-01' }, 'dentist').label).toBe('2028–2032');
  });

  it('gives two dentists who registered in different years different cycles for the same date', () => {
    expect(cycleFor({ cycleStart: '2021-01-01', containing: '2026-06-01' }, 'dentist').label).toBe('2026–2030');
    expect(cycleFor({ cycleStart: '2024-01-01', containing: '2026-06-01' }, 'dentist').label).toBe('2024–2028');
  });

  it.each(DCP_TYPES)('counts a %s’s cycles from their own cycle start, turning over on 1 August', (type) => {
    const own = { cycleStart: '2023-08-01' };
    const cycle = cycleFor({ ...own, containing: '2026-11-23' }, type);
    expect(cycle).toMatchObject({ start: '2023-08-01', end: '2028-07-31', label: '2023/24–2027/28' });
    expect(cycle.years).toHaveLength(5);
    expect(cycleFor({ ...own, containing: '2023-07-31' }, type).label).toBe('2018/19–2022/23');
    expect(cycleFor({ cycleStart: '2021-08-01', containing: '2026-07-31' }, type).label).toBe('2021/22–2025/26');
    expect(cycleFor({ cycleStart: '2021-08-01', containing: '2026-08-01' }, type).label).toBe('2026/27–2030/31');
  });

  it('returns the cycle that begins at the cycle start when no date is given', () => {
    expect(cycleFor({ cycleStart: '2021-01-01' }, 'dentist').label).toBe('2021–2025');
  });

  it('aligns a cycle start given mid-year to the start of that CPD year', () => {
    expect(cycleFor({ cycleStart: '2024-03-14' }, 'dental-hygienist').start).toBe('2023-08-01');
    expect(cycleFor({ cycleStart: '2024-09-14' }, 'dental-hygienist').start).toBe('2024-08-01');
    expect(cycleFor({ cycleStart: '2024-09-14' }, 'dentist').start).toBe('2024-01-01');
  });

  it('gives consecutive, gap-free CPD years for every registrant type', () => {
    for (const type of REGISTRANT_TYPES as readonly RegistrantType[]) {
      const { years, start, end } = cycleFor({ cycleStart: '2024-08-01', containing: '2030-05-05' }, type);
      expect(years[0]!.start).toBe(start);
      expect(years[4]!.end).toBe(end);
      for (let index = 1; index < years.length; index += 1) {
        expect(addDaysTo(years[index - 1]!.end, 1)).toBe(years[index]!.start);
      }
    }
  });
});

describe('firstCycleStart', () => {
  it('starts a dentist’s first cycle on the 1 January after they registered', () => {
    expect(firstCycleStart('2024-03-10', 'dentist')).toBe('2025-01-01');
    expect(firstCycleStart('2024-01-01', 'dentist')).toBe('2025-01-01');
    expect(firstCycleStart('2024-12-31', 'dentist')).toBe('2025-01-01');
  });

  it.each(DCP_TYPES)('starts a %s’s first cycle on the 1 August after they registered', (type) => {
    expect(firstCycleStart('2024-03-10', type)).toBe('2024-08-01');
    expect(firstCycleStart('2024-07-31', type)).toBe('2024-08-01');
    expect(firstCycleStart('2024-08-01', type)).toBe('2025-08-01');
  });
});
