import PocketBase from 'pocketbase';
import { describe, expect, inject, test } from 'vitest';
import { superuser } from '../support/server';

const baseURL = inject('baseURL');

async function asSuperuser() {
  const pb = new PocketBase(baseURL);
  await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  return pb;
}

describe('PocketBase as usual', () => {
  test('the superuser created at start-up can sign in and use the records API', async () => {
    const pb = await asSuperuser();
    const list = await pb.collection('_superusers').getList(1, 10);
    expect(list.items.map((record) => record['email'])).toContain(superuser.email);
  });

  test('guests cannot read superusers through the records API', async () => {
    const response = await fetch(`${baseURL}/api/collections/_superusers/records`);
    expect([401, 403]).toContain(response.status);
  });

  test('the dashboard is served at /_/', async () => {
    const response = await fetch(`${baseURL}/_/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<html');
  });
});

describe('privacy and rate-limit settings', () => {
  test('the rate limiter is on and client IPs are not logged', async () => {
    const pb = await asSuperuser();
    const settings = await pb.settings.getAll();
    expect(settings['rateLimits'].enabled).toBe(true);
    expect(settings['logs'].logIP).toBe(false);
    expect(settings['logs'].maxDays).toBeLessThanOrEqual(7);
  });

  test('a class of 50 behind one IP can all submit at once', async () => {
    const pb = await asSuperuser();
    const name = `class_answers_${Date.now()}`;
    await pb.collections.create({
      name,
      type: 'base',
      createRule: '',
      fields: [{ name: 'nickname', type: 'text', required: true }],
    });
    // Guests, not the superuser: superusers are exempt from the limiter.
    const submissions = Array.from({ length: 50 }, (_, seat) =>
      fetch(`${baseURL}/api/collections/${name}/records`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ nickname: `student-${seat}` }),
      }).then((response) => response.status),
    );
    const statuses = await Promise.all(submissions);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect((await pb.collection(name).getList(1, 1)).totalItems).toBe(50);
    await pb.collections.delete(name);
  });
});
