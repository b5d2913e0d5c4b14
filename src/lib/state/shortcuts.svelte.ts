/**
 * The keyboard shortcuts' help: the header shows its button while a simulator (with its
 * shortcuts) is on the page, and the simulator's "?" opens the same dialog.
 */
class ShortcutsHelp {
	/** Whether a simulator with shortcuts is mounted. */
	available = $state(false);
	/** Asked for at least once: its dialog is fetched then, and opens as it arrives. */
	asked = $state(false);
	dialog: HTMLDialogElement | null = null;

	open(): void {
		this.asked = true;
		this.dialog?.showModal();
	}
}

export const shortcutsHelp = new ShortcutsHelp();
