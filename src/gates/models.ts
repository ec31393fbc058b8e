// Built-in gate models (SPEC §12): the decision points of Prosjektveiviseren and of the state project model's
// quality assurance (KS1, KS2), with their Norwegian titles and English glosses.

export interface GateModelStep {
  readonly id: string;
  /** The phase or decision the gate opens, in Norwegian as the models name it. */
  readonly nb: string;
  readonly en: string;
}

export interface GateModel {
  readonly id: string;
  readonly nb: string;
  readonly en: string;
  readonly steps: readonly GateModelStep[];
}

/**
 * Prosjektveiviseren (Digitaliseringsdirektoratet): BP1–BP5 open the concept, planning, execution and closing
 * phases and close the project. Statens prosjektmodell (Finansdepartementet): KS1 quality-assures the choice of
 * concept, KS2 the steering documents and cost frame before the go-ahead.
 */
export const GATE_MODELS: readonly GateModel[] = [
  {
    id: 'prosjektveiviseren', nb: 'Prosjektveiviseren', en: 'Prosjektveiviseren (Norwegian project model)',
    steps: [
      { id: 'BP1', nb: 'Beslutte oppstart av konseptfasen', en: 'Decide to start the concept phase' },
      { id: 'BP2', nb: 'Beslutte oppstart av planleggingsfasen', en: 'Decide to start the planning phase' },
      { id: 'BP3', nb: 'Beslutte oppstart av gjennomføringsfasen', en: 'Decide to start the execution phase' },
      { id: 'BP4', nb: 'Beslutte oppstart av avslutningsfasen', en: 'Decide to start the closing phase' },
      { id: 'BP5', nb: 'Beslutte avslutning av prosjektet', en: 'Decide to close the project' },
    ],
  },
  {
    id: 'statens-prosjektmodell', nb: 'Statens prosjektmodell', en: 'The state project model (quality assurance)',
    steps: [
      { id: 'KS1', nb: 'Kvalitetssikring av konseptvalg', en: 'Quality assurance of the choice of concept' },
      { id: 'KS2', nb: 'Kvalitetssikring av styringsunderlag og kostnadsoverslag', en: 'Quality assurance of the steering documents and cost estimate' },
    ],
  },
];

/** The model with that id, if built in. */
export function findGateModel(id: string | undefined): GateModel | undefined {
  return id === undefined ? undefined : GATE_MODELS.find((m) => m.id === id);
}

/** The built-in step a gate id names within a built-in model (`BP3` in prosjektveiviseren), if any. */
export function findGateStep(model: string | undefined, gateId: string): GateModelStep | undefined {
  return findGateModel(model)?.steps.find((s) => s.id === gateId);
}
