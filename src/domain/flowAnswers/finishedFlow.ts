/**
 * A guided flow that has finished, as the main dialog keeps it until another flow starts: its
 * dialog id, its answers and the order the questions were answered in. A correction typed after
 * the results ("oh and it's spelt Maisy not Maisie") can then put that answer right, and the
 * files are made again (see GuidedFlowDialog `correctsFinished` and the `reopen` begin option).
 */
export interface FinishedFlow {
  readonly id: string;
  readonly answers: object;
  readonly history: readonly string[];
}
