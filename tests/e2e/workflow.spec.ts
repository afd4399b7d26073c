import { expect, test, type Browser, type Page } from '@playwright/test';
import { recommendationContent } from '../support/item-contents';
import { createItemThroughApi, signIn } from './support';
import { uniqueWord } from './unique';

/** Each person of the journey in their own browser context, so that their sessions stay apart. */
async function personFor(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test('an item goes from draft to accepted through a request for changes, then a delegate finds it and comments', async ({
  browser,
}) => {
  const word = uniqueWord();
  const title = `Explain facial comparison to ${word} travellers`;

  // The member's draft, submitted from its page.
  const member = await personFor(browser, 'member@example.org');
  const reference = await createItemThroughApi(
    member,
    recommendationContent({
      title,
      summary: 'Signs and leaflets at the checkpoint say what is compared and for how long images are kept.',
      technologies: ['biometrics'],
      source: 'vwg-fc',
    }),
  );
  await member.goto(`/items/${reference}`);
  const memberReview = member.getByRole('region', { name: 'Review' });
  await memberReview.getByRole('button', { name: 'Submit' }).click();
  await member
    .getByRole('dialog', { name: `Submit ${reference} for review` })
    .getByRole('button', { name: 'Submit' })
    .click();
  await expect(memberReview.getByText('Submitted', { exact: true })).toBeVisible();
  // Submitted, it is no longer the author's to edit, and there is no submit any more.
  await expect(member.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await expect(memberReview.getByRole('button', { name: 'Submit' })).toHaveCount(0);

  // The Secretariat hands the review to a colleague chosen by name.
  const secretariat = await personFor(browser, 'secretariat@example.org');
  await secretariat.goto(`/items/${reference}`);
  const secretariatReview = secretariat.getByRole('region', { name: 'Review' });
  await secretariatReview.getByRole('button', { name: 'Assign' }).click();
  const assignDialog = secretariat.getByRole('dialog', { name: `Assign ${reference} for review` });
  await assignDialog.getByRole('textbox', { name: 'Reviewer' }).click();
  await secretariat.getByRole('option', { name: 'Ada Admin' }).click();
  await assignDialog.getByRole('button', { name: 'Assign' }).click();
  await expect(assignDialog).toBeHidden();
  await expect(secretariatReview.getByText('Reviewer: Ada Admin')).toBeVisible();

  // The Secretariat requests changes: the dialog refuses to send the request without saying what.
  await secretariatReview.getByRole('button', { name: 'Request changes' }).click();
  const requestDialog = secretariat.getByRole('dialog', { name: `Request changes to ${reference}` });
  await requestDialog.getByRole('button', { name: 'Request changes' }).click();
  await expect(requestDialog.getByText('Say what should change')).toBeVisible();
  await requestDialog.getByLabel('What should change').fill(`Name the retention period for ${word} images.`);
  await requestDialog.getByRole('button', { name: 'Request changes' }).click();
  await expect(requestDialog).toBeHidden();
  await expect(secretariatReview.getByText('Changes requested', { exact: true }).first()).toBeVisible();

  // The member sees the request in the timeline, edits the item and resubmits it.
  await member.reload();
  await expect(memberReview.getByText('Sam Secretariat requested changes')).toBeVisible();
  await expect(memberReview.getByText(`Name the retention period for ${word} images.`)).toBeVisible();
  await member.getByRole('link', { name: 'Edit' }).click();
  await member
    .getByLabel('Summary')
    .fill('Signs and leaflets at the checkpoint say what is compared; images are deleted after 30 days.');
  await member.getByRole('button', { name: 'Save the changes' }).click();
  await expect(member).toHaveURL(new RegExp(`/items/${reference}$`));
  await memberReview.getByRole('button', { name: 'Resubmit' }).click();
  await member
    .getByRole('dialog', { name: `Resubmit ${reference}` })
    .getByRole('button', { name: 'Resubmit' })
    .click();
  await expect(memberReview.getByText('Submitted', { exact: true }).first()).toBeVisible();

  // The Secretariat accepts it from the triage queue.
  await secretariat.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Triage' }).click();
  await secretariat.getByRole('button', { name: `Accept ${reference}` }).click();
  await secretariat
    .getByRole('dialog', { name: `Accept ${reference}` })
    .getByRole('button', { name: 'Accept' })
    .click();
  await expect(secretariat.getByRole('button', { name: `Accept ${reference}` })).toHaveCount(0);
  await secretariat.goto(`/items/${reference}`);
  await expect(secretariatReview.getByText('Accepted', { exact: true }).first()).toBeVisible();

  // A delegate (French interface) finds it under its technology, may not endorse it, but comments.
  const delegate = await personFor(browser, 'delegate@example.org');
  await delegate.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Éléments' }).click();
  await delegate.getByRole('checkbox', { name: /^Biométrie/ }).click();
  await expect(delegate).toHaveURL(/[?&]technology=biometrics/);
  await delegate.getByRole('list', { name: 'Résultats' }).getByRole('link', { name: title }).click();
  await expect(delegate.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(delegate.getByRole('region', { name: 'Appuis' })).toBeVisible();
  await expect(delegate.getByRole('button', { name: 'Appuyer' })).toHaveCount(0);
  await delegate.getByLabel('Votre commentaire').fill(`Useful for the ${word} delegation.`);
  await delegate.getByRole('button', { name: 'Publier le commentaire' }).click();
  await expect(
    delegate.getByRole('list', { name: 'Commentaires' }).getByText(`Useful for the ${word} delegation.`),
  ).toBeVisible();
});
