/**
 * The keyboard shortcuts' help: the header shows its button while a simulator (with its
 * shortcuts) is on the page, and the simulator's "?" opens the same dialog.
 */
class ShortcutsHelp {
	/** Whether a simulator with shortcuts is mounted. */
	available = $state(false);
	dialog: HTMLDialogElement | null = null;

	open(): void {
		this.dialog?.showModal();
	}
}

export const shortcutsHelp = new ShortcutsHelp();
