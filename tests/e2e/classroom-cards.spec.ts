import { expect, test } from './fixtures';
import { expectNoViolations } from './support/axe';
import { cardCodes, printedCard, readQr, signInOnPage, teacherWithClass } from './support/cards';
import { classroomPath, en, fill, zhCn } from './support/classroom';
import { shoot } from './support/quiz';

/**
 * The printable student cards (issue 13 item 3): from the dashboard's class list a teacher opens
 * one card per roster nickname, each with the class, the nickname, the code as ABCD-EFGH and a
 * QR code that opens the classroom page with the code; a lost card is reissued (after a
 * confirmation) and its old code stops working; printing leaves only the cards, eight to an A4
 * page with cut lines.
 */

/** The printed code of a card, e.g. ABCD-EFGH. */
const printed = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** A control named by its visible label and, for screen readers, whose it is: "Reissue: Sam". */
const labelFor = (label: string, whose: string) => new RegExp(`^${label}\\s*: ${whose}$`);

test('zh-cn: the cards page from the dashboard, QR codes, a reissue and the print layout', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const { m } = zhCn;
  const c = m.teacher.cards;
  const roster = ['小明', '小红', '小刚', '小丽', '小强', '小华', '小军', '小芳', '小东'];
  const teacher = await teacherWithClass(baseURL!, '五年级一班', roster);
  const codes = await cardCodes(teacher);
  expect(Object.keys(codes).sort()).toEqual([...roster].sort());

  // the dashboard's class list leads to the class's cards
  await page.goto(classroomPath(zhCn, 'teacher'));
  await signInOnPage(page, zhCn, teacher);
  const classes = page.getByRole('region', { name: m.teacher.dashboard.classes, exact: true });
  await classes
    .getByRole('link', { name: labelFor(m.teacher.dashboard.cards, '五年级一班') })
    .click();
  await expect(page).toHaveURL(new RegExp(`/classroom/cards/\\?class=${teacher.klass.id}$`));
  await expect(
    page.getByRole('heading', { name: fill(c.heading, { class: '五年级一班' }) }),
  ).toBeVisible();
  await expect(page.getByText(fill(c.count, { count: 9 }), { exact: false })).toBeVisible();

  // one card per roster nickname, in roster order: class, nickname, code, QR code to the hub
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(9);
  expect(await cards.getByRole('heading', { level: 3 }).allTextContents()).toEqual(roster);
  for (const nickname of roster) {
    const card = printedCard(page, nickname);
    await expect(card).toContainText('五年级一班');
    await expect(card.getByText(printed(codes[nickname]!), { exact: true })).toBeVisible();
    const qr = card.getByRole('img', { name: fill(c.qrLabel, { nickname }) });
    await expect(qr.locator('svg')).toBeVisible();
    expect(await readQr(qr)).toBe(`${baseURL}/classroom/?card=${codes[nickname]}`);
  }
  await expect(printedCard(page, '小明')).toContainText(
    fill(c.howTo, { address: `${new URL(baseURL!).host}/classroom/` }),
  );
  await shoot(page, 'cards-zh-screen', true);
  await expectNoViolations(page);

  // a reissue asks first: dismissed, nothing changes
  const xiaoming = printedCard(page, '小明');
  const reissue = xiaoming.getByRole('button', { name: labelFor(c.reissue, '小明') });
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await reissue.click();
  expect(asked).toBe(fill(c.confirmReissue, { nickname: '小明', code: printed(codes['小明']!) }));
  await expect(xiaoming.getByText(printed(codes['小明']!), { exact: true })).toBeVisible();

  // accepted: a new code on the card and in its QR code, and the old one stops working
  page.once('dialog', (dialog) => void dialog.accept());
  await reissue.click();
  await expect(xiaoming.getByText(printed(codes['小明']!), { exact: true })).toHaveCount(0);
  const fresh = (await cardCodes(teacher))['小明']!;
  expect(fresh).not.toBe(codes['小明']);
  await expect(xiaoming.getByText(printed(fresh), { exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    fill(c.reissued, { nickname: '小明', code: printed(fresh) }),
  );
  await expect
    .poll(() => readQr(xiaoming.getByRole('img', { name: fill(c.qrLabel, { nickname: '小明' }) })))
    .toBe(`${baseURL}/classroom/?card=${fresh}`);
  const old = await page.request.get(`/api/jindu/classroom/cards/${codes['小明']}`);
  expect(old.status()).toBe(404);
  expect((await page.request.get(`/api/jindu/classroom/cards/${fresh}`)).status()).toBe(200);

  // print: only the cards, two columns with cut lines, no site chrome, buttons or notes
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: c.title })).toBeHidden();
  await expect(page.getByRole('button', { name: c.print })).toBeHidden();
  const reissueButtons = { name: new RegExp(`^${c.reissue}`) };
  await expect(page.getByRole('button', { ...reissueButtons, includeHidden: true })).toHaveCount(9);
  await expect(page.getByRole('button', reissueButtons)).toHaveCount(0);
  await expect(cards.first()).toHaveCSS('border-top-style', 'dashed');
  const [first, second, third] = await Promise.all(
    [0, 1, 2].map(async (i) => (await cards.nth(i).boundingBox())!),
  );
  expect(second!.y).toBeCloseTo(first!.y, 0);
  expect(second!.x).toBeGreaterThan(first!.x + first!.width - 1);
  expect(third!.y).toBeGreaterThan(first!.y + first!.height - 1);
  await shoot(page, 'cards-zh-print', true);
  // nine cards: eight on the first A4 page, one on the second
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
  await page.emulateMedia({ media: 'screen' });
});

test('en: signing in on the cards page, English cards, a class that is not yours', async ({
  page,
  baseURL,
}) => {
  const { m } = en;
  const c = m.teacher.cards;
  const teacher = await teacherWithClass(baseURL!, 'Class 5A', ['Sam', 'Alex']);
  const codes = await cardCodes(teacher);

  await page.goto(classroomPath(en, 'cards', `class=${teacher.klass.id}`));
  await signInOnPage(page, en, teacher);
  await expect(
    page.getByRole('heading', { name: fill(c.heading, { class: 'Class 5A' }) }),
  ).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
  const sam = printedCard(page, 'Sam');
  await expect(sam).toContainText(c.cardTitle);
  await expect(sam.getByText(printed(codes['Sam']!), { exact: true })).toBeVisible();
  expect(await readQr(sam.getByRole('img', { name: fill(c.qrLabel, { nickname: 'Sam' }) }))).toBe(
    `${baseURL}/en/classroom/?card=${codes['Sam']}`,
  );
  await expect(page).toHaveTitle(`Class 5A · ${c.title}`);
  await shoot(page, 'cards-en-screen', true);
  await expectNoViolations(page);
  await page.emulateMedia({ media: 'print' });
  await shoot(page, 'cards-en-print', true);
  await page.emulateMedia({ media: 'screen' });

  // another teacher's class is not found, and a page without ?class= says what is missing
  const other = await teacherWithClass(baseURL!, 'Class 5B', ['Kim']);
  await page.goto(classroomPath(en, 'cards', `class=${other.klass.id}`));
  await expect(page.getByRole('alert')).toHaveText(m.errors.class_not_found);
  await expect(page.getByRole('article')).toHaveCount(0);
  await page.goto(classroomPath(en, 'cards'));
  await expect(page.getByRole('alert')).toHaveText(c.missing);
});

test('en: a phone joins a class session with its card, and the same card on another phone', async ({
  browser,
  baseURL,
}) => {
  const { m } = en;
  const p = m.live.player;
  const teacher = await teacherWithClass(baseURL!, 'Class 5A', ['Sam', 'Alex']);
  const codes = await cardCodes(teacher);
  const session = await teacher.pb.send<{ code: string }>('/api/jindu/classroom/sessions', {
    method: 'POST',
    body: { quiz: 'kiosk-quick', classId: teacher.klass.id, settings: {}, locale: 'en' },
  });

  const device = () =>
    browser.newContext({
      baseURL: baseURL!,
      locale: 'en-GB',
      viewport: { width: 390, height: 844 },
    });
  const phoneContext = await device();
  const phone = await phoneContext.newPage();
  await phone.goto(classroomPath(en, 'play', `code=${session.code}`));
  await phone.getByRole('button', { name: p.join, exact: true }).click();
  // a nickname is not enough in a class with a roster: the phone asks for the card instead
  await expect(phone.getByText(p.cardAsk, { exact: true })).toBeVisible();
  const cardField = phone.getByLabel(p.card, { exact: true });
  await expect(cardField).toBeFocused();
  await expect(phone.getByLabel(p.nickname, { exact: true })).toHaveCount(0);
  await shoot(phone, 'live-card-phone');
  await expectNoViolations(phone);
  // a code that is not a card's is caught before it is sent
  await cardField.fill('ABCD');
  await phone.getByRole('button', { name: p.join, exact: true }).click();
  await expect(phone.getByText(p.cardInvalid, { exact: true })).toBeVisible();
  await cardField.fill(codes['Sam']!.toLowerCase());
  await phone.getByRole('button', { name: p.join, exact: true }).click();
  await expect(phone.getByRole('heading', { level: 1, name: p.inLobby })).toBeVisible();
  await expect(phone.locator('.nickname')).toHaveText('Sam');

  // Sam's tablet, with the same card: the same player, and the phone is signed out
  const tabletContext = await device();
  const tablet = await tabletContext.newPage();
  await tablet.goto(classroomPath(en, 'play', `code=${session.code}`));
  await tablet.getByRole('button', { name: p.join, exact: true }).click();
  await tablet.getByLabel(p.card, { exact: true }).fill(codes['Sam']!);
  await tablet.getByRole('button', { name: p.join, exact: true }).click();
  await expect(tablet.locator('.nickname')).toHaveText('Sam');
  await phone.reload();
  await expect(phone.getByText(p.gone.player_required, { exact: true })).toBeVisible();

  // the tablet remembers the card for homework too, until "not me" forgets it
  const h = m.teacher.homework;
  await tablet.goto(classroomPath(en));
  const offer = tablet.getByText(fill(h.remembered, { nickname: 'Sam' }), { exact: true });
  await expect(offer).toBeVisible();
  await tablet.getByRole('button', { name: h.notMe, exact: true }).click();
  await expect(offer).toHaveCount(0);
  await phoneContext.close();
  await tabletContext.close();
});
