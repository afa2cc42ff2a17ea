/** Where the CLI writes: stdout for results, stderr for messages. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}
