// Ribbon commands that run without the task pane: the manifest's FunctionFile (commands.html) loads this.
// The ribbon has only the ShowTaskpane button so far; an ExecuteFunction control added to manifest.xml names
// its <FunctionName> as a key of `commands`.

/** A ribbon command: it gets the event Office passes, and is told finished for it. */
export type Command = (event: Office.AddinCommands.Event) => void | Promise<void>;

/** ExecuteFunction actions by <FunctionName>. Empty until a workflow needs no pane. */
const commands: Record<string, Command> = {};

/**
 * Hands each command to Office. `event.completed()` runs even when a command fails, so a failure cannot leave
 * the ribbon button spinning; the error itself still propagates.
 */
export function associateCommands(table: Record<string, Command>): void {
  for (const [id, command] of Object.entries(table)) {
    Office.actions.associate(id, async (event: Office.AddinCommands.Event) => {
      try {
        await command(event);
      } finally {
        event.completed();
      }
    });
  }
}

void Office.onReady(() => associateCommands(commands));
