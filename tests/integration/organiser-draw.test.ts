import { createHash, randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { serverBinary } from '../../scripts/lib/paths.mjs';
import { request } from '../support/api';
import { asOrganiser, newOrganiser, takeQuiz } from '../support/organiserApi';
import { asSuperuser, problemOf } from '../support/quizApi';

interface PublicDraw {
  id: string;
  seedHash: string;
  seed: string;
  entries: string[] | null;
  winners: number;
  drawn: string[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The draw as anyone re-runs it: the entries with the lowest sha256(seed + "\n" + id) win. */
function rerun(seed: string, entries: string[], winners: number): string[] {
  return [...entries]
    .map((id) => ({ id, ticket: sha256(`${seed}\n${id}`) }))
    .sort((a, b) => (a.ticket < b.ticket ? -1 : 1))
    .slice(0, winners)
    .map((t) => t.id);
}

/** Moves the fixture contest's window, as an operator would in the dashboard. */
async function setWindow(opens: Date, closes: Date) {
  const pb = await asSuperuser();
  const quiz = await pb.collection('quizzes').getFirstListItem(pb.filter('slug = "fixture-draw"'));
  const definition = {
    ...quiz.definition,
    window: { opens: opens.toISOString(), closes: closes.toISOString() },
  };
  await pb.collection('quizzes').update(quiz.id, { definition });
}

/** Re-runs a published draw with `jindu contest draw --verify`. */
function verifyWithCli(draw: PublicDraw) {
  const folder = mkdtempSync(path.join(tmpdir(), 'jindu-draw-'));
  try {
    const file = path.join(folder, 'draw.json');
    writeFileSync(file, JSON.stringify(draw));
    return spawnSync(serverBinary, ['contest', 'draw', '--verify', file, `--dir=${folder}/pb`], {
      encoding: 'utf8',
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('a prize draw anyone can check', () => {
  test('commit before opening, reveal after closing, and the same winners on every re-run', async () => {
    const office = await newOrganiser('620000');
    const seed = `winter-campaign-${randomUUID()}`;
    const commitment = {
      quiz: 'fixture-draw',
      group: 'primary',
      winners: 2,
      seedHash: sha256(seed),
    };

    expect(
      problemOf(await asOrganiser(office, '/draws', { ...commitment, seedHash: 'abc' })),
    ).toEqual([400, 'draw_hash_invalid']);
    const committed = await asOrganiser<PublicDraw>(office, '/draws', commitment);
    expect(committed.status).toBe(201);
    expect(committed.body).toMatchObject({ seedHash: sha256(seed), seed: '', drawn: [] });
    const published = await request<PublicDraw>(`/api/jindu/draws/${committed.body.id}`);
    expect(published.body.seedHash).toBe(sha256(seed));
    expect(published.body.seed).toBe('');
    expect(
      problemOf(await asOrganiser(office, `/draws/${committed.body.id}/reveal`, { seed })),
    ).toEqual([409, 'draw_contest_open']);

    // the contest runs: six entrants with full marks, one without
    await setWindow(new Date(Date.now() - 60_000), new Date(Date.now() + 3_600_000));
    expect(problemOf(await asOrganiser(office, '/draws', commitment))).toEqual([
      409,
      'draw_contest_opened',
    ]);
    const fullMarks = await Promise.all(
      Array.from({ length: 6 }, () =>
        takeQuiz('fixture-draw', { grade: 'primary' }, { group: 'primary' }),
      ),
    );
    await takeQuiz('fixture-draw', { grade: 'primary' }, { group: 'primary', right: false });
    await setWindow(new Date(Date.now() - 120_000), new Date(Date.now() - 1_000));

    const revealPath = `/draws/${committed.body.id}/reveal`;
    expect(problemOf(await asOrganiser(office, revealPath, { seed: `${seed}x` }))).toEqual([
      400,
      'draw_seed_mismatch',
    ]);
    const revealed = await asOrganiser<PublicDraw>(office, revealPath, { seed });
    expect(revealed.status).toBe(200);
    expect(revealed.body.entries).toEqual(fullMarks.map((p) => p.id).sort());
    expect(revealed.body.drawn).toHaveLength(2);

    // anyone re-runs it from what is published, and gets the same winners
    const forAnyone = await request<PublicDraw>(`/api/jindu/draws/${committed.body.id}`);
    expect(forAnyone.text).not.toContain('nickname');
    for (const entrant of fullMarks) expect(forAnyone.text).not.toContain(entrant.nickname);
    const { seed: publishedSeed, entries, winners, drawn } = forAnyone.body;
    expect(sha256(publishedSeed)).toBe(forAnyone.body.seedHash);
    expect(rerun(publishedSeed, entries!, winners)).toEqual(drawn);

    const verified = verifyWithCli(forAnyone.body);
    expect(verified.stdout + verified.stderr).toContain('verified');
    expect(verified.status).toBe(0);
    const forged = verifyWithCli({ ...forAnyone.body, drawn: [...drawn].reverse() });
    expect(forged.status).not.toBe(0);

    // revealing again changes nothing
    const again = await asOrganiser<PublicDraw>(office, revealPath, { seed });
    expect(again.body.drawn).toEqual(drawn);
  });
});
