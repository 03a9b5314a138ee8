import assert from 'node:assert/strict';
import sinon from 'sinon';
import {
  DEFAULT_LUIS_INTENT_MAP, LUIS_MAX_QUERY_CHARS, LuisRecognizerAdapter, createLuisRecognizer,
  type LuisPredictionClient, type LuisPredictionResponse,
} from '../../src/domain/recognizer/luisRecognizer';
import { LocalRecognizer, createRecognizer } from '../../src/domain/recognizer';
import type { Recognition, Recognizer } from '../../src/domain/recognizer/recognizer';

function prediction(topIntent: string, scores: Record<string, number>): LuisPredictionResponse {
  return { query: 'x', prediction: { topIntent, intents: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, { score: v }])) } };
}

describe('LUIS recognizer adapter', () => {
  const fallbackResult: Recognition = { intent: 'kb.ask', score: 0.42, alternatives: [] };
  let client: { getSlotPrediction: sinon.SinonStub };
  let fallback: { recognize: sinon.SinonStub };
  let logger: { warn: sinon.SinonStub };

  function adapter(extra: Partial<ConstructorParameters<typeof LuisRecognizerAdapter>[0]> = {}): LuisRecognizerAdapter {
    return new LuisRecognizerAdapter({
      appId: 'app-123', slot: 'production', minScore: 0.6,
      client: client as unknown as LuisPredictionClient, fallback: fallback as unknown as Recognizer, logger, ...extra,
    });
  }

  beforeEach(() => {
    client = { getSlotPrediction: sinon.stub() };
    fallback = { recognize: sinon.stub().resolves(fallbackResult) };
    logger = { warn: sinon.stub() };
  });

  it('maps the LUIS top intent to ours and keeps its score', async () => {
    client.getSlotPrediction.resolves(prediction('TalkToPerson', { TalkToPerson: 0.93, AskQuestion: 0.2, None: 0.05 }));
    const r = await adapter().recognize('can I talk to someone');
    assert.equal(r.intent, 'handoff.person');
    assert.equal(r.score, 0.93);
    assert.deepEqual(r.alternatives, [{ intent: 'kb.ask', score: 0.2 }, { intent: 'outOfScope', score: 0.05 }]);
    assert.equal(fallback.recognize.called, false);
  });

  it('uses the default map for the flows, and a custom map when given', async () => {
    client.getSlotPrediction.resolves(prediction('RequestAssessment', { RequestAssessment: 0.9 }));
    assert.equal((await adapter().recognize('I want to apply for an EHCP')).intent, 'flow.ehcRequest');
    client.getSlotPrediction.resolves(prediction('PrepareMediation', { PrepareMediation: 0.9 }));
    assert.equal((await adapter().recognize('help me get ready for mediation')).intent, 'flow.mediation');
    client.getSlotPrediction.resolves(prediction('Ehcp.Start', { 'Ehcp.Start': 0.8 }));
    assert.equal((await adapter({ intentMap: { 'Ehcp.Start': 'flow.ehcRequest' } }).recognize('start my ehcp')).intent, 'flow.ehcRequest');
    assert.equal(DEFAULT_LUIS_INTENT_MAP.None, 'outOfScope');
  });

  it('sends the trimmed message to the configured app and slot, without verbose output or query logging', async () => {
    client.getSlotPrediction.resolves(prediction('Greeting', { Greeting: 0.99 }));
    await adapter({ slot: 'staging' }).recognize('  hello there  ');
    sinon.assert.calledOnce(client.getSlotPrediction);
    const [appId, slot, request, options] = client.getSlotPrediction.firstCall.args;
    assert.equal(appId, 'app-123');
    assert.equal(slot, 'staging');
    assert.deepEqual(request, { query: 'hello there' });
    assert.equal(options.verbose, false);
    assert.equal(options.log, false);
  });

  it('cuts very long messages to the LUIS limit', async () => {
    client.getSlotPrediction.resolves(prediction('AskQuestion', { AskQuestion: 0.9 }));
    await adapter().recognize('what is an ehcp '.repeat(100));
    assert.equal(client.getSlotPrediction.firstCall.args[2].query.length, LUIS_MAX_QUERY_CHARS);
  });

  it('falls back to the local recognizer when the LUIS score is below minScore', async () => {
    client.getSlotPrediction.resolves(prediction('TalkToPerson', { TalkToPerson: 0.4 }));
    const r = await adapter().recognize('maybe a person');
    assert.deepEqual(r, fallbackResult);
    sinon.assert.calledOnceWithExactly(fallback.recognize, 'maybe a person');
    sinon.assert.calledWithMatch(logger.warn, 'recognizer.luis_fallback', { reason: 'low-score' });
  });

  it('falls back for an intent it does not know', async () => {
    client.getSlotPrediction.resolves(prediction('OrderPizza', { OrderPizza: 0.99 }));
    assert.deepEqual(await adapter().recognize('pizza'), fallbackResult);
    sinon.assert.calledWithMatch(logger.warn, 'recognizer.luis_fallback', { reason: 'unmapped' });
  });

  it('lets the local recognizer answer SEND questions that LUIS calls "None"', async () => {
    client.getSlotPrediction.resolves(prediction('None', { None: 0.95 }));
    assert.deepEqual(await adapter().recognize('what does section F of an EHC plan cover'), fallbackResult);
    client.getSlotPrediction.resolves(prediction('None', { None: 0.95 }));
    assert.equal((await adapter().recognize('what is the weather')).intent, 'outOfScope');
  });

  it('falls back when the client fails, and logs no message text', async () => {
    const err = Object.assign(new Error('Access denied for my son Tom'), { name: 'RestError', statusCode: 401 });
    client.getSlotPrediction.rejects(err);
    const text = 'my son Tom needs an ehcp';
    assert.deepEqual(await adapter().recognize(text), fallbackResult);
    sinon.assert.calledOnce(logger.warn);
    const [event, fields] = logger.warn.firstCall.args;
    assert.equal(event, 'recognizer.luis_fallback');
    assert.deepEqual(fields, { reason: 'error', errorName: 'RestError', statusCode: 401 });
    assert.ok(!JSON.stringify(logger.warn.firstCall.args).includes('Tom'));
  });

  it('falls back when LUIS does not answer in time', async () => {
    client.getSlotPrediction.returns(new Promise(() => { /* never answers */ }));
    const r = await adapter({ timeoutMs: 20 }).recognize('hello');
    assert.deepEqual(r, fallbackResult);
    sinon.assert.calledWithMatch(logger.warn, 'recognizer.luis_fallback', { reason: 'timeout' });
  });

  it('never sends a message showing risk to the cloud: safeguarding is decided locally', async () => {
    const r = await adapter().recognize('my daughter says she wants to end it all');
    assert.equal(r.intent, 'safeguarding');
    assert.equal(r.score, 1);
    sinon.assert.notCalled(client.getSlotPrediction);
  });

  it('uses a local recognizer as the fallback by default', async () => {
    client.getSlotPrediction.rejects(new Error('offline'));
    const r = await new LuisRecognizerAdapter({ appId: 'a', slot: 'production', client: client as unknown as LuisPredictionClient }).recognize('help me get ready for mediation');
    assert.equal(r.intent, 'flow.mediation');
  });
});

describe('recognizer factories', () => {
  it('createRecognizer gives the local recognizer by default', () => {
    assert.ok(createRecognizer({ kind: 'local' }) instanceof LocalRecognizer);
  });

  it('createRecognizer and createLuisRecognizer build the LUIS adapter without calling the service', () => {
    const settings = { appId: 'app', key: 'k', endpoint: 'https://example.invalid/', slot: 'production' as const };
    assert.ok(createRecognizer({ kind: 'luis', ...settings }) instanceof LuisRecognizerAdapter);
    assert.ok(createLuisRecognizer(settings) instanceof LuisRecognizerAdapter);
  });
});
