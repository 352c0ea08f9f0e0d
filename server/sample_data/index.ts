export {
  SAMPLE_DATASETS,
  SAMPLE_DATASET_IDS,
  SAMPLE_FILE_FORMATS,
  buildOutbreakPlan,
  createSampleDocuments,
  isSampleDatasetId,
  isSampleFileFormat,
  writeSampleDataset,
} from './sample_datasets';
export type {
  SampleDatasetDescriptor,
  SampleDatasetId,
  SampleDocuments,
  SampleFileFormat,
  WriteSampleDatasetOptions,
  WriteSampleDatasetResult,
} from './sample_datasets';
export { ALERTS_INDEX_TEMPLATE, HTTP_INDEX_TEMPLATE } from './elasticsearch/index_templates';
export type { SampleIndexTemplate } from './elasticsearch/index_templates';
export { describeCluster, installIndexTemplate, loadDocuments } from './elasticsearch/load_documents';
export type { LoadDocumentsOptions, LoadDocumentsResult, SampleDocument } from './elasticsearch/load_documents';
export { SampleDataLoadError } from './elasticsearch/sample_data_load_error';
export type { SampleDataLoadFailure } from './elasticsearch/sample_data_load_error';
export { buildOutbreakConversations } from './outbreak/build_outbreak_conversations';
export { buildScaledOutbreakPlan, SCALED_OUTBREAK_DEFAULTS } from './outbreak/build_scaled_outbreak_plan';
export { conversationPlanFromTable, totalObservations } from './outbreak/conversation_plan';
export type { ConversationPlan } from './outbreak/conversation_plan';
export { generateOutbreakEvents } from './outbreak/generate_outbreak_events';
export type { SampleAlertEvent } from './outbreak/generate_outbreak_events';
export { CONVERSATIONS_PER_SIGNATURE, OUTBREAK_FACTS, OUTBREAK_SIGNATURES } from './outbreak/outbreak_spec';
export type { SampleSignature } from './outbreak/outbreak_spec';
export { buildHttpMonthManifest, buildHttpMonthPlan, generateHttpTransactions } from './http/generate_http_month';
export type { HttpMonthManifest, HttpMonthPlan, SampleHttpTransaction } from './http/generate_http_month';
export { createAlertLineSerializer, toEcsAlert, toEveAlert } from './formats/alert_formats';
export { toEcsHttp, toZeekHttpLine, zeekHttpFooter, zeekHttpHeader } from './formats/http_formats';
export { writeLines } from './formats/write_lines';
