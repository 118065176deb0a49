#pragma once

// Every wire record parser with a realistic sample of what a server sends, in one list: the
// table-driven test in tst_wiretypes feeds each field of each sample a value of every other
// type, and the fuzz_wire target feeds all parsers arbitrary JSON.

#include "api/client/ModelCatalog.h"
#include "api/http/ApiError.h"
#include "api/transfer/FileUpload.h"
#include "api/wire/ChatAnswer.h"
#include "api/wire/Checkpoint.h"
#include "api/wire/Endpoint.h"
#include "api/wire/FineTuneJob.h"
#include "api/wire/FineTunePreview.h"
#include "api/wire/FineTuneRequest.h"
#include "api/wire/Hardware.h"
#include "api/wire/JobEvent.h"
#include "api/wire/ModelInfo.h"
#include "api/wire/ModelLimits.h"
#include "api/wire/ModelUploadJob.h"
#include "api/wire/TokenizedDataset.h"
#include "api/wire/TrainingMetric.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <vector>

namespace td::test {

struct WireRecord
{
    const char* name;
    const char* sample;
    // Parses j; false when the parser answered "not this record" (nullopt).
    std::function<bool(const nlohmann::json& j)> parse;
    // Pointers whose value makes the record what it is: a change there may give nullopt.
    std::vector<std::string> required;
};

inline QByteArray bytesOf(const nlohmann::json& j)
{
    return QByteArray::fromStdString(j.dump());
}

inline const std::vector<WireRecord>& wireRecords()
{
    static const std::vector<WireRecord> records = {
        {"FineTuneJob",
         R"({"id":"ft-1","status":"running","model":"m/base","model_output_name":"u/m-ft","adapter_output_name":"a",
             "created_at":"2025-02-04T10:43:55.405123+00:00","updated_at":1738665835,"started_at":null,
             "training_file":"file-1","validation_file":"file-2","training_type":{"type":"Lora","lora_r":8},
             "training_method":{"method":"sft"},"from_checkpoint":"","suffix":"s","wandb_url":"https://w",
             "n_epochs":3,"n_checkpoints":1,"n_evals":0,"batch_size":16,"learning_rate":0.00001,
             "token_count":123456,"trainingfile_numlines":100,"trainingfile_size":2048,"total_steps":30,
             "steps_completed":12,"epochs_completed":1,"evals_completed":0,"queue_depth":2,"total_price":1500000000,
             "progress":{"estimate_available":true,"seconds_remaining":120.5},
             "events":[{"created_at":"2025-02-04T10:44:00Z","level":"info","message":"Training started","type":
             "JOB_START","step":0,"checkpoint_path":"","model_path":"","wandb_url":""}]})",
         [](const nlohmann::json& j) { return FineTuneJob::fromJson(j).has_value(); },
         {"/id"}},
        {"Endpoint",
         R"({"object":"endpoint","id":"endpoint-1","name":"u/m-1","display_name":"M","model":"u/m","hardware":
             "2x_nvidia_a100_80gb_sxm","type":"dedicated","owner":"u","state":"STARTED","autoscaling":
             {"min_replicas":1,"max_replicas":3},"created_at":"2025-01-01T00:00:00Z"})",
         [](const nlohmann::json& j) { return Endpoint::fromJson(j).has_value(); },
         {"/id"}},
        {"Hardware",
         R"({"object":"hardware","id":"2x_nvidia_a100_80gb_sxm","pricing":{"cents_per_minute":5.42},"specs":
             {"gpu_type":"a100-80gb","gpu_link":"sxm","gpu_memory":80,"gpu_count":2},"availability":
             {"status":"available"}})",
         [](const nlohmann::json& j) { return Hardware::fromJson(j).has_value(); },
         {"/id"}},
        {"ModelInfo",
         R"({"id":"a/b","object":"model","created":1692896905,"type":"chat","display_name":"B","organization":"A",
             "context_length":131072,"pricing":{"hourly":0,"input":0.18,"output":0.2,"base":0,"finetune":0}})",
         [](const nlohmann::json& j) { return ModelInfo::fromJson(j).has_value(); },
         {"/id"}},
        {"Checkpoint",
         R"({"step":40,"created_at":"2025-02-04T10:43:55Z","path":"s3://x","checkpoint_type":"Intermediate",
             "checkpoint":"adapter"})",
         [](const nlohmann::json& j) { return (void)Checkpoint::fromJson(j), true; },
         {}},
        {"JobEvent",
         R"({"created_at":"2025-02-04T10:44:00Z","level":"Warning","message":"Epoch 1 loss 0.5","type":"WARNING",
             "step":7,"checkpoint_path":"s3://c","model_path":"s3://m","wandb_url":"https://w"})",
         [](const nlohmann::json& j) { return (void)JobEvent::fromJson(j), true; },
         {}},
        {"TrainingMetric",
         R"({"metrics":[{"train/loss":0.5,"train/learning_rate":0.0001,"train/global_step":7},{"eval/loss":0.7,
             "step":8}]})",
         [](const nlohmann::json& j) { return (void)TrainingMetric::listFromJson(j), true; },
         {}},
        {"FineTunePreview",
         R"({"dataset_format":"conversation","max_seq_length":8192,"model":"m/base","train_on_inputs":false,
             "rows":[{"input_ids":[128000,9906,128009],"tokens":["<|begin_of_text|>","Hello","<|eot_id|>"],
             "labels":[-100,9906,128009],"num_tokens":3,"num_trained_tokens":2,"trained_spans":[[1,3]],
             "truncated":false}]})",
         [](const nlohmann::json& j) { return FineTunePreview::fromJson(j).has_value(); },
         {"/rows"}},
        {"TokenizedDataset",
         R"({"url":"https://storage.example/t.tar.zst?X-Amz-Signature=s","filename":"ft-1-tokenized.tar.zst",
             "size":1024,"content_type":"application/zstd","expires_at":"2026-11-30T12:00:00Z"})",
         [](const nlohmann::json& j) { return TokenizedDataset::fromJson(j).has_value(); },
         {"/url"}},
        {"ModelLimits",
         R"({"model_name":"meta-llama/Meta-Llama-3.1-8B-Instruct-Reference","full_training":{"max_batch_size":96,
             "min_batch_size":8},"lora_training":{"max_batch_size":128,"min_batch_size":8,"max_batch_size_dpo":64,
             "max_rank":64,"target_modules":["q","k"]},"supports_full_training":true,"max_num_epochs":20,
             "max_learning_rate":1.0,"min_learning_rate":1e-06,"max_num_evals":10,"max_num_checkpoints":5,
             "supports_vision":false,"supports_tools":true,"supports_reasoning":false,"merge_output_lora":true,
             "max_seq_length_sft":8192,"max_seq_length_dpo":4096,"min_max_seq_length":512})",
         [](const nlohmann::json& j) { return ModelLimits::fromJson(j).has_value(); },
         {}},
        {"PriceEstimate",
         R"({"estimated_total_price":12.5,"allowed_to_proceed":true,"user_limit":100,
             "estimated_train_token_count":1000000,"estimated_eval_token_count":0})",
         [](const nlohmann::json& j) { return PriceEstimate::fromJson(j).has_value(); },
         {"/estimated_total_price"}},
        {"ModelUploadJob",
         R"({"job_id":"job-1","model_name":"u/m","model_id":"model-1","status":"Processing","args":
             {"modelName":"u/m"},"status_updates":[{"status":"Processing","message":"Downloading"}]})",
         [](const nlohmann::json& j) { return ModelUploadJob::fromJson(j).has_value(); },
         {"/job_id"}},
        {"RemoteFile",
         R"({"id":"file-1","object":"file","filename":"train.jsonl","purpose":"fine-tune","FileType":"jsonl",
             "bytes":2048,"created_at":1738665835,"Processed":true,"LineCount":100,"processing_status":"done",
             "validation_report":{"valid":true,"error":"","dataset_format":"conversation"}})",
         [](const nlohmann::json& j) { return RemoteFile::fromJson(bytesOf(j)).has_value(); },
         {"/id"}},
        {"FineTuneRequest",
         R"({"training_file":"file-1","validation_file":"file-2","model":"m/base","n_epochs":3,"n_checkpoints":1,
             "n_evals":2,"batch_size":16,"learning_rate":0.00001,"lr_scheduler":{"lr_scheduler_type":"cosine",
             "lr_scheduler_args":{"min_lr_ratio":0,"num_cycles":0.5}},"warmup_ratio":0,"max_grad_norm":1,
             "weight_decay":0,"suffix":"s","training_type":{"type":"Lora","lora_r":8,"lora_alpha":16,
             "lora_dropout":0,"lora_trainable_modules":"all-linear"},"training_method":{"method":"dpo",
             "train_on_inputs":"auto","dpo_beta":0.1,"dpo_normalize_logratios_by_length":false,
             "dpo_reference_free":false,"rpo_alpha":0.5,"simpo_gamma":0.1},"wandb_base_url":"https://w",
             "multimodal_params":{"train_vision":true},"packing":true,"max_seq_length":8192,"random_seed":42,
             "gradient_accumulation_steps":2,"early_stopping_enabled":true,"early_stopping_min_delta":0.01,
             "early_stopping_patience":3,"early_stopping_warmup_evals":1})",
         [](const nlohmann::json& j) { return (void)FineTuneRequest::fromJson(j), true; },
         {}},
        {"ChatAnswer",
         R"({"id":"chat-1","model":"m/base","choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},
             "finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}})",
         [](const nlohmann::json& j) { return ChatAnswer::fromJson(j).has_value(); },
         {"/choices"}},
        {"ApiError",
         R"({"id":"req-1","error":{"message":"Invalid model","type":"invalid_request_error","code":"model_not_found",
             "param":"model"}})",
         [](const nlohmann::json& j) { return (void)parseErrorBody(400, bytesOf(j)), true; },
         {}},
        {"ModelCatalog",
         R"({"source":"together","models":{"m/base":{"name":"Base","paramsB":8,"lora":{"contextSft":8192,
             "contextDpo":4096,"maxBatchSize":128,"maxBatchSizeDpo":64,"minBatchSize":8},"full":{"contextSft":8192,
             "contextDpo":4096,"maxBatchSize":96,"maxBatchSizeDpo":48,"minBatchSize":8},"servingMemoryGb":19.2,
             "inputPrice":0.18,"outputPrice":0.18,"sftLoraPrice":0.48,"dpoLoraPrice":1.2,"minimumCharge":0}},
             "fineTunePriceTiers":[{"label":"Up to 16B","upToB":16,"sftLora":0.48,"sftFull":0.54,"dpoLora":1.2,
             "dpoFull":1.35}],"hardware":[{"name":"1x H100 80GB","dollarsPerHour":3.99,"gpuType":"H100","gpuCount":1,
             "gpuMemoryGb":80}]})",
         [](const nlohmann::json& j) {
             const ModelCatalog c = ModelCatalog::fromJson(bytesOf(j));
             (void)c.limits(QStringLiteral("m/base"));
             (void)c.trainingPrice(QStringLiteral("m/base"), true, false);
             (void)c.cheapestHardwareFor(QStringLiteral("m/base"));
             return true;
         },
         {}},
    };
    return records;
}

} // namespace td::test
