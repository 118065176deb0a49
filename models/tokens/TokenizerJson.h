#pragma once

#include "core/Result.h"
#include "tokens/AddedTokenMatcher.h"
#include "tokens/BpeModel.h"
#include "tokens/Normalizer.h"
#include "tokens/PreTokenizer.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace td {

// Everything a tokenizer.json describes that counting needs, read from the file. Anything TuneDesk
// cannot run exactly as Hugging Face does (another model type, a normalizer or pre-tokenizer it
// does not know, a flag it does not honour) is refused with an error that names it.
struct TokenizerJson
{
    Normalizer normalizer;
    PreTokenizer preTokenizer;
    BpeModel bpe;
    AddedTokenMatcher added;
    std::vector<std::string> tokenTexts; // by id: the text a token stands for
    std::size_t addedCount = 0;
    QString kind; // "byte-level BPE" or "SentencePiece-style BPE"

    // Files larger than this are refused before parsing (the largest real ones are ~35 MB).
    static constexpr std::size_t maxFileBytes = 256u * 1024u * 1024u;
    // Token ids above this are refused (bounded memory for the id tables).
    static constexpr std::uint64_t maxTokenId = 4u * 1024u * 1024u;

    static Result<TokenizerJson> parse(std::string_view json);
};

} // namespace td
