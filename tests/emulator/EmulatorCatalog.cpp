#include "EmulatorCatalog.h"

namespace td::emu {

const std::vector<ChatModel>& chatModels()
{
    static const std::vector<ChatModel> models = {
        {"meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "Meta Llama 3.1 8B Instruct Turbo", 131072, 0.18, 0.18},
        {"meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", "Meta Llama 3.1 70B Instruct Turbo", 131072, 0.88, 0.88},
        {"Qwen/Qwen2.5-7B-Instruct-Turbo", "Qwen 2.5 7B Instruct Turbo", 32768, 0.30, 0.30},
        {"meta-llama/Meta-Llama-3.1-8B-Instruct-Reference", "Meta Llama 3.1 8B Instruct Reference", 131072, 0.18, 0.18},
        {"meta-llama/Meta-Llama-3.1-70B-Instruct-Reference", "Meta Llama 3.1 70B Instruct Reference", 131072, 0.88,
         0.88},
    };
    return models;
}

const std::vector<TrainableModel>& trainableModels()
{
    static const std::vector<TrainableModel> models = {
        {"meta-llama/Meta-Llama-3.1-8B-Instruct-Reference", 131072, 16384, 8, 8, 8, true, true, 0.48, 0.54, 1.20, 1.35,
         0},
        {"meta-llama/Meta-Llama-3.1-70B-Instruct-Reference", 131072, 16384, 8, 8, 8, true, true, 2.90, 3.20, 7.25, 8.00,
         0},
        {"Qwen/Qwen2.5-7B-Instruct", 32768, 16384, 8, 8, 8, true, false, 0.48, 0.54, 1.20, 1.35, 0},
        {"deepseek-ai/DeepSeek-V3", 131072, 32768, 1, 1, 1, false, false, 10.00, 0, 25.00, 0, 20.00},
        {"Qwen/Qwen3-8B", 40960, 16384, 8, 8, 8, true, false, 0.48, 0.54, 1.20, 1.35, 0},
        {"meta-llama/Llama-3.3-70B-Instruct", 131072, 16384, 8, 8, 8, true, false, 2.90, 3.20, 7.25, 8.00, 0},
    };
    return models;
}

const std::vector<HardwareOption>& hardwareOptions()
{
    static const std::vector<HardwareOption> hardware = {
        {"1x_nvidia_a100_80gb_pcie", 4.0, "a100-80gb", "pcie", 80, 1},
        {"1x_nvidia_h100_80gb_sxm", 5.58, "h100-80gb", "sxm", 80, 1},
        {"2x_nvidia_h100_80gb_sxm", 11.16, "h100-80gb", "sxm", 80, 2},
        {"8x_nvidia_h200_140gb_sxm", 55.0, "h200-140gb", "sxm", 140, 8},
    };
    return hardware;
}

const TrainableModel* trainableModel(const std::string& id)
{
    for (const TrainableModel& m : trainableModels())
        if (id == m.id)
            return &m;
    return nullptr;
}

const ChatModel* chatModel(const std::string& id)
{
    for (const ChatModel& m : chatModels())
        if (id == m.id)
            return &m;
    return nullptr;
}

nlohmann::json limitsJson(const TrainableModel& m)
{
    const nlohmann::json lora = {{"max_batch_size", m.maxBatch},
                                 {"max_batch_size_dpo", m.maxBatchDpo},
                                 {"min_batch_size", m.minBatch},
                                 {"max_rank", 64},
                                 {"target_modules", {"q_proj", "k_proj", "v_proj", "o_proj", "up_proj", "down_proj"}}};
    nlohmann::json j = {{"model_name", m.id},
                        {"lora_training", lora},
                        {"max_num_epochs", 20},
                        {"max_learning_rate", 1.0},
                        {"min_learning_rate", 1e-6},
                        {"max_num_evals", 10},
                        {"max_num_checkpoints", 10},
                        {"supports_vision", false},
                        {"supports_tools", true},
                        {"supports_reasoning", false},
                        {"merge_output_lora", true},
                        {"max_seq_length_sft", m.contextSft},
                        {"max_seq_length_dpo", m.contextDpo},
                        {"min_max_seq_length", 512},
                        {"supports_full_training", m.full}};
    if (m.full)
        j["full_training"] = {
            {"max_batch_size", m.maxBatch}, {"max_batch_size_dpo", m.maxBatchDpo}, {"min_batch_size", m.minBatch}};
    return j;
}

} // namespace td::emu
