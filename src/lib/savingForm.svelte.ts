import { tick } from 'svelte';
import { formErrors, type ErrorMessages } from './errorMessage';

/**
 * A form that saves to the server (a teacher's class, an assignment, the sign-in): busy while
 * it saves, and a refusal shown beside each refused field, with the focus moved to the first of
 * them, or as one line for the whole form.
 */
export class SavingForm {
  busy = $state(false);
  /** The messages by field name ('' or absent: the field is fine). */
  fields = $state<Record<string, string>>({});
  /** The form's own line, when the refusal named no field. */
  line = $state('');

  /** `messages` reads the island's error messages (a function, so the form follows its props). */
  constructor(private readonly messages: () => ErrorMessages) {}

  /** Clears the messages, for a form opened or switched afresh. */
  clear() {
    this.fields = {};
    this.line = '';
  }

  /** Runs `work` as the form's save; a refusal is shown in `form`, focus on its first bad field. */
  async save(form: HTMLElement | null, work: () => Promise<void>) {
    this.busy = true;
    this.clear();
    try {
      await work();
    } catch (error) {
      ({ fields: this.fields, line: this.line } = formErrors(this.messages(), error));
      await this.focusFirstInvalid(form);
    } finally {
      this.busy = false;
    }
  }

  /** Once the messages are drawn, focuses the first field in `form` marked invalid. */
  async focusFirstInvalid(form: HTMLElement | null) {
    await tick();
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
