/**
 * The national table of public holidays (off days) and make-up working days (调休上班日), as set each year by the
 * State Council General Office's 《国务院办公厅关于20XX年部分节假日安排的通知》. Copied exactly from the machine-readable
 * table of `reference/cn-holidays.md` §8 (dates checked against the notices and an independent data set).
 * A year that is absent (2027: no notice yet) is unknown, not "no holidays"; the engine reports it.
 * Add a year only from its notice, as a new table version.
 */

/** One year's arrangement, with the notice it comes from. */
export interface HolidayYear {
  /** Off days, every date written out (ranges expanded; 2023 includes 2022-12-31, set by the 2023 notice). */
  readonly off: readonly string[];
  /** Make-up working days: Saturdays or Sundays turned into working days. */
  readonly work: readonly string[];
  /** Document number and date of the State Council notice. */
  readonly notice: string;
  /** Where the full text was read. */
  readonly source: string;
}

/** Version of the table below; bump when a year is added or corrected. */
export const CN_HOLIDAYS_VERSION = '2025-11-04';

/** The table by year (the year the notice is for). */
export const CN_HOLIDAYS: Readonly<Record<string, HolidayYear>> = {
  '2023': {
    off: [
      '2022-12-31', '2023-01-01', '2023-01-02', '2023-01-21', '2023-01-22', '2023-01-23',
      '2023-01-24', '2023-01-25', '2023-01-26', '2023-01-27', '2023-04-05', '2023-04-29',
      '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03', '2023-06-22', '2023-06-23',
      '2023-06-24', '2023-09-29', '2023-09-30', '2023-10-01', '2023-10-02', '2023-10-03',
      '2023-10-04', '2023-10-05', '2023-10-06',
    ],
    work: [
      '2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07',
      '2023-10-08',
    ],
    notice: '国办发明电〔2022〕16号, 2022-12-08',
    source:
      'https://zh.m.wikisource.org/zh/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%8A%9E%E5%85%AC%E5%8E%85%E5%85%B3%E4%BA%8E2023%E5%B9%B4%E9%83%A8%E5%88%86%E8%8A%82%E5%81%87%E6%97%A5%E5%AE%89%E6%8E%92%E7%9A%84%E9%80%9A%E7%9F%A5',
  },
  '2024': {
    off: [
      '2024-01-01', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14',
      '2024-02-15', '2024-02-16', '2024-02-17', '2024-04-04', '2024-04-05', '2024-04-06',
      '2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05', '2024-06-10',
      '2024-09-15', '2024-09-16', '2024-09-17', '2024-10-01', '2024-10-02', '2024-10-03',
      '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07',
    ],
    work: [
      '2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14',
      '2024-09-29', '2024-10-12',
    ],
    notice: '国办发明电〔2023〕7号, 2023-10-25',
    source:
      'http://paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm',
  },
  '2025': {
    off: [
      '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01',
      '2025-02-02', '2025-02-03', '2025-02-04', '2025-04-04', '2025-04-05', '2025-04-06',
      '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05', '2025-05-31',
      '2025-06-01', '2025-06-02', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04',
      '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
    ],
    work: [
      '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
    ],
    notice: '国办发明电〔2024〕12号, 2024-11-12',
    source:
      'https://m.gmw.cn/2024-11/12/content_1303894933.htm',
  },
  '2026': {
    off: [
      '2026-01-01', '2026-01-02', '2026-01-03', '2026-02-15', '2026-02-16', '2026-02-17',
      '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
      '2026-04-04', '2026-04-05', '2026-04-06', '2026-05-01', '2026-05-02', '2026-05-03',
      '2026-05-04', '2026-05-05', '2026-06-19', '2026-06-20', '2026-06-21', '2026-09-25',
      '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04',
      '2026-10-05', '2026-10-06', '2026-10-07',
    ],
    work: [
      '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
    ],
    notice: '国办发明电〔2025〕7号, 2025-11-04',
    source:
      'https://politics.gmw.cn/2025-11/04/content_38391083.htm',
  },
};
