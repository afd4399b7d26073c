import { expect, test, type Browser, type Page } from '@playwright/test';
import { lessonContent } from '../support/item-contents';
import { createItemThroughApi, signIn, transitionThroughApi } from './support';
import { uniqueWord } from './unique';

const CSRF_HEADERS = { 'X-Requested-With': 'fetch' };

async function saveLanguage(page: Page, preferredLanguage: 'en' | 'fr') {
  const changed = await page.request.patch('/api/v1/auth/me', { data: { preferredLanguage }, headers: CSRF_HEADERS });
  expect(changed.status()).toBe(200);
}

/** A member whose saved language is French, in a browser context of their own. */
async function frenchMember(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'member@example.org');
  await saveLanguage(page, 'fr');
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Principale' })).toBeVisible();
  return page;
}

let frenchPage: Page | undefined;
// The other journeys meet this member in English.
test.afterEach(async () => {
  if (frenchPage) await saveLanguage(frenchPage, 'en');
});

const lesson = (title: string) =>
  lessonContent({
    title,
    summary: 'A lesson written for the error journeys.',
    technologies: ['iot'],
    source: 'vwg-fc',
    language: 'fr',
    context: 'Electronic seals on transit cargo.',
    lesson: 'Command centres need staff at night too.',
  });

test('a French member is told in French why a save or a transition was refused, and a stale edit is told apart', async ({
  browser,
}) => {
  const member = await frenchMember(browser);
  frenchPage = member;
  const word = uniqueWord();

  // Submitted in another tab while the edit form is open: the save is refused because of the
  // status, which is not a stale version.
  const submitted = await createItemThroughApi(member, lesson(`Scellés électroniques ${word} en transit`));
  await member.goto(`/items/${submitted}/edit`);
  await member.getByLabel('Titre').fill(`Scellés électroniques ${word} en transit routier`);
  await transitionThroughApi(member, submitted, 'submit');
  await member.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(
    member.getByRole('alert').filter({
      hasText: `Vous ne pouvez pas modifier ${submitted} tant qu’il est à l’état « Soumis ».`,
    }),
  ).toBeVisible();
  await expect(member.getByText('Quelqu’un d’autre a modifié cet élément')).toHaveCount(0);

  // Changed by someone else meanwhile: the stale-version notice, not a generic error.
  const changed = await createItemThroughApi(member, lesson(`Centres de commande ${word} la nuit`));
  await member.goto(`/items/${changed}/edit`);
  await member.getByLabel('Titre').fill(`Centres de commande ${word} de nuit`);
  const patched = await member.request.patch(`/api/v1/items/${changed}`, {
    data: { version: 1, summary: 'Changed elsewhere.' },
    headers: CSRF_HEADERS,
  });
  expect(patched.status()).toBe(200);
  await member.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(member.getByRole('alert').filter({ hasText: 'Quelqu’un d’autre a modifié cet élément' })).toBeVisible();

  // Withdrawn in another tab: submitting from the page that still offers it is refused in French,
  // naming the status and what is still possible.
  const withdrawn = await createItemThroughApi(member, lesson(`Contrôle des scellés ${word} aux frontières`));
  await member.goto(`/items/${withdrawn}`);
  const review = member.getByRole('region', { name: 'Examen' });
  const submit = review.getByRole('button', { name: 'Soumettre' });
  await expect(submit).toBeVisible();
  await transitionThroughApi(member, withdrawn, 'withdraw');
  await submit.click();
  await member
    .getByRole('dialog', { name: `Soumettre ${withdrawn} pour examen` })
    .getByRole('button', { name: 'Soumettre' })
    .click();
  await expect(member.getByRole('dialog').getByRole('alert')).toContainText(
    `${withdrawn} est à l’état « Retiré » : « Soumettre » n’est pas possible depuis cet état`,
  );
});
