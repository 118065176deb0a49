#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace td::emu {

// The emulator's own small world: serverless chat models, fine-tunable bases with their
// limits and prices, and endpoint hardware. A test instrument's fixed data, loosely
// following Together's published tables (contract 4.4, 5, 6 and the models/ tables).
struct ChatModel
{
    const char* id;
    const char* display;
    int context;
    double input, output; // dollars per million tokens
};

struct TrainableModel
{
    const char* id;
    int contextSft, contextDpo;
    int maxBatch, maxBatchDpo, minBatch;
    bool full;                                 // full fine-tuning available
    bool serverlessLora;                       // its LoRA fine-tunes are served serverlessly
    double sftLora, sftFull, dpoLora, dpoFull; // dollars per million tokens processed
    double minimumCharge;                      // dollars
};

struct HardwareOption
{
    const char* id;
    double centsPerMinute;
    const char* gpuType;
    const char* gpuLink;
    int gpuMemory;
    int gpuCount;
};

const std::vector<ChatModel>& chatModels();
const std::vector<TrainableModel>& trainableModels();
const std::vector<HardwareOption>& hardwareOptions();
const TrainableModel* trainableModel(const std::string& id);
const ChatModel* chatModel(const std::string& id);
nlohmann::json limitsJson(const TrainableModel& m);

} // namespace td::emu
