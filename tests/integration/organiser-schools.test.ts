import { describe, expect, test } from 'vitest';
import { asOrganiser, newOrganiser, table, takeQuiz, type Figures } from '../support/organiserApi';

interface RowProblem {
  code: string;
  rows: { row: number; code: string }[];
}

describe('school coverage against the office’s own school list', () => {
  test('a list with bad rows is refused whole, naming each row; a good one measures coverage', async () => {
    const office = await newOrganiser('620100');
    const good = '学校名称,地区\n兰州第一中学,620100\n兰州第二中学\n';
    expect((await asOrganiser(office, '/schools', { csv: good })).status).toBe(200);

    const bad = [
      '学校名称,地区',
      '兰州第五中学,620100',
      ',620100',
      '南昌第二中学,360100',
      '兰州第五中学',
      '兰州第六中学,999999',
      '兰州第七中学,620100,多余',
    ].join('\n');
    const refused = await asOrganiser<RowProblem>(office, '/schools', { csv: bad });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('schools_invalid');
    expect(refused.body.rows).toEqual([
      { row: 3, code: 'school_name_missing' },
      { row: 4, code: 'school_region_outside' },
      { row: 5, code: 'school_duplicate' },
      { row: 6, code: 'school_region_unknown' },
      { row: 7, code: 'school_row_columns' },
    ]);
    // the earlier list stands, untouched
    expect((await asOrganiser<{ schools: number }>(office, '/schools')).body.schools).toBe(2);

    await takeQuiz('test-public', { region: '620100', grade: 'senior', school: ' 兰州第一中学' });
    let figures: Figures | undefined;
    await expect
      .poll(
        async () => {
          figures = (await asOrganiser<Figures>(office, '/figures')).body;
          return table(figures, 'coverage').rows[0];
        },
        { timeout: 15_000, interval: 300 },
      )
      .toEqual([2, 1, 0.5]);
    expect(table(figures!, 'schools').rows).toEqual([
      ['兰州第二中学', false],
      ['兰州第一中学', true],
    ]);
  });
});
