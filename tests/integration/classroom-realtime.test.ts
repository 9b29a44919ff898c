import PocketBase from 'pocketbase';
import { afterAll, describe, expect, inject, test, vi } from 'vitest';
import { installEventSource } from '../support/pledgeApi';
import {
  answer,
  asTeacher,
  mustJoin,
  newSession,
  newTeacher,
  rightPosition,
  type HostView,
  type PublicView,
} from '../support/classroomApi';

// Node 24 has no EventSource without a flag: the SDK gets a minimal one built on fetch
installEventSource();
const clients: PocketBase[] = [];
afterAll(() => clients.forEach((pb) => pb.realtime.unsubscribe()));

/** Subscribes a new SSE client to a session's topic and collects what it is sent. */
async function watch(sessionId: string) {
  const pb = new PocketBase(inject('baseURL'));
  clients.push(pb);
  const seen: { view: PublicView; at: number }[] = [];
  await pb.realtime.subscribe(`classroom/${sessionId}`, (view: PublicView) => {
    seen.push({ view, at: Date.now() });
  });
  return seen;
}

describe('the live session over SSE', () => {
  test('after "next" every subscriber gets the question in the message, without its key', async () => {
    const teacher = await newTeacher();
    const session = await newSession(teacher);
    const player = await mustJoin(session.code, 'Watcher');
    const watchers = await Promise.all([1, 2, 3].map(() => watch(session.sessionId)));

    const sentAt = Date.now();
    const next = await asTeacher<HostView>(teacher, `/sessions/${session.sessionId}/next`);
    for (const seen of watchers) {
      const message = await vi.waitFor(
        () => {
          const found = seen.find((m) => m.view.phase === 'question');
          if (!found) throw new Error('no question yet');
          return found;
        },
        { timeout: 2_000, interval: 20 },
      );
      expect(message.at - sentAt).toBeLessThan(1_000);
      expect(message.view.question).toMatchObject({ index: 0, id: next.body.question!.id });
      expect(message.view.question!.options).toEqual(next.body.question!.options);
      expect(message.view.deadline).toBe(next.body.deadline);
      expect(message.view.result).toBeUndefined();
      expect(JSON.stringify(message.view)).not.toMatch(/"(correct|key|k|explanation)"/);
    }

    // an answer is counted; the close brings the key and the distribution
    const right = rightPosition(next.body.question!);
    await answer(player, 0, [right]);
    const closed = await vi.waitFor(
      () => {
        const found = watchers[0]!.find((m) => m.view.phase === 'closed');
        if (!found) throw new Error('not closed yet');
        return found.view;
      },
      { timeout: 2_000, interval: 20 },
    );
    expect(closed.answeredCount).toBe(1);
    expect(closed.result?.correct).toEqual([right]);
    expect(closed.result?.counts[right]).toBe(1);
    expect(closed.leaderboard?.[0]).toMatchObject({ nickname: 'Watcher', rank: 1 });
    const versions = watchers[0]!.map((m) => m.view.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });
});
