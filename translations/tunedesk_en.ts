<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>td::ChatColumn</name>
        <message numerus="yes">
            <source>%n model(s) to choose from.</source>
            <translation>
                <numerusform>%n model to choose from.</numerusform>
                <numerusform>%n models to choose from.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::ChecksPane</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n row(s))</source>
            <translation>
                <numerusform>%1 (%n row)</numerusform>
                <numerusform>%1 (%n rows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fix &amp;All of This Kind (%n)</source>
            <translation>
                <numerusform>Fix &amp;All of This Kind (%n)</numerusform>
                <numerusform>Fix &amp;All of This Kind (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::ConnectionsDialog</name>
        <message numerus="yes">
            <source>Connected: %n model(s) available (%1 ms).</source>
            <translation>
                <numerusform>Connected: %n model available (%1 ms).</numerusform>
                <numerusform>Connected: %n models available (%1 ms).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::CurationFigures</name>
        <message numerus="yes">
            <source>%Ln row(s) beyond each cluster's first</source>
            <translation>
                <numerusform>%Ln row beyond each cluster's first</numerusform>
                <numerusform>%Ln rows beyond each cluster's first</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln cluster(s)</source>
            <translation>
                <numerusform>%Ln cluster</numerusform>
                <numerusform>%Ln clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln finding(s)</source>
            <translation>
                <numerusform>%Ln finding</numerusform>
                <numerusform>%Ln findings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::DatasetController</name>
        <message numerus="yes">
            <source>Added %n row(s) at the end of the dataset; Undo removes them.</source>
            <translation>
                <numerusform>Added %n row at the end of the dataset; Undo removes it.</numerusform>
                <numerusform>Added %n rows at the end of the dataset; Undo removes them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>TuneDesk was closed without saving %n edit(s) to %1. Restore them?</source>
            <translation>
                <numerusform>TuneDesk was closed without saving %n edit to %1. Restore it?</numerusform>
                <numerusform>TuneDesk was closed without saving %n edits to %1. Restore them?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This dataset holds %1 rows, and the row(s) being added are %2 rows. Together refuses a file whose rows mix formats, so its format check would fail. Add them anyway?</source>
            <translation>
                <numerusform>This dataset holds %1 rows, and the row being added is a %2 row. Together refuses a file whose rows mix formats, so its format check would fail. Add it anyway?</numerusform>
                <numerusform>This dataset holds %1 rows, and the rows being added are %2 rows. Together refuses a file whose rows mix formats, so its format check would fail. Add them anyway?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::DatasetPane</name>
        <message numerus="yes">
            <source>%n row(s) changed</source>
            <translation>
                <numerusform>%n row changed</numerusform>
                <numerusform>%n rows changed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::DatasetSession</name>
        <message numerus="yes">
            <source>Insert %n row(s)</source>
            <translation>
                <numerusform>Insert %n row</numerusform>
                <numerusform>Insert %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>Delete %n row</numerusform>
                <numerusform>Delete %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n row(s)</source>
            <translation>
                <numerusform>Duplicate %n row</numerusform>
                <numerusform>Duplicate %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n row(s))</source>
            <translation>
                <numerusform> (%n row)</numerusform>
                <numerusform> (%n rows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recover %n Edit(s)</source>
            <translation>
                <numerusform>Recover %n Edit</numerusform>
                <numerusform>Recover %n Edits</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::DmiSection</name>
        <message numerus="yes">
            <source>&lt;b&gt;v2: %n running: $%1/h&lt;/b&gt; · $%2 spent while watched</source>
            <translation>
                <numerusform>&lt;b&gt;v2: %n running: $%1/h&lt;/b&gt; · $%2 spent while watched</numerusform>
                <numerusform>&lt;b&gt;v2: %n running: $%1/h&lt;/b&gt; · $%2 spent while watched</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n v2 deployment(s) running: $%1/h</source>
            <translation>
                <numerusform>%n v2 deployment running: $%1/h</numerusform>
                <numerusform>%n v2 deployments running: $%1/h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %1 and its %n deployment(s)? Each is stopped (0/0) and waited for, taken out of the traffic split and deleted; then the endpoint. This cannot be undone.</source>
            <translation>
                <numerusform>Delete %1 and its %n deployment? Each is stopped (0/0) and waited for, taken out of the traffic split and deleted; then the endpoint. This cannot be undone.</numerusform>
                <numerusform>Delete %1 and its %n deployments? Each is stopped (0/0) and waited for, taken out of the traffic split and deleted; then the endpoint. This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::EndpointsPane</name>
        <message numerus="yes">
            <source>%1: %n dedicated endpoint(s).</source>
            <translation>
                <numerusform>%1: %n dedicated endpoint.</numerusform>
                <numerusform>%1: %n dedicated endpoints.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 has had no requests from TuneDesk for %n minute(s) and is still running (and billed). Stop it in the Endpoints pane if you no longer need it.</source>
            <translation>
                <numerusform>%1 has had no requests from TuneDesk for %n minute and is still running (and billed). Stop it in the Endpoints pane if you no longer need it.</numerusform>
                <numerusform>%1 has had no requests from TuneDesk for %n minutes and is still running (and billed). Stop it in the Endpoints pane if you no longer need it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endpoint(s) running: $%1/h</source>
            <translation>
                <numerusform>%n endpoint running: $%1/h</numerusform>
                <numerusform>%n endpoints running: $%1/h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;v1: %n running: $%1/h&lt;/b&gt; · about $%2 spent so far</source>
            <translation>
                <numerusform>&lt;b&gt;v1: %n running: $%1/h&lt;/b&gt; · about $%2 spent so far</numerusform>
                <numerusform>&lt;b&gt;v1: %n running: $%1/h&lt;/b&gt; · about $%2 spent so far</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::EvalEstimate</name>
        <message numerus="yes">
            <source>%n row(s) cannot be asked (no answer at the chosen position, or not a conversation).</source>
            <translation>
                <numerusform>%n row cannot be asked (no answer at the chosen position, or not a conversation).</numerusform>
                <numerusform>%n rows cannot be asked (no answer at the chosen position, or not a conversation).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::EvalGridModel</name>
        <message numerus="yes">
            <source>Failed after %n attempt(s): %1</source>
            <translation>
                <numerusform>Failed after %n attempt: %1</numerusform>
                <numerusform>Failed after %n attempts: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::EvalPane</name>
        <message numerus="yes">
            <source>%n row(s) the fine-tune lost come first.</source>
            <translation>
                <numerusform>%n row the fine-tune lost comes first.</numerusform>
                <numerusform>%n rows the fine-tune lost come first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) added to the dataset (one Undo removes them).</source>
            <translation>
                <numerusform>%n row added to the dataset (one Undo removes it).</numerusform>
                <numerusform>%n rows added to the dataset (one Undo removes them).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln answer(s), %2 + %3 tokens</source>
            <translation>
                <numerusform>%1: %Ln answer, %2 + %3 tokens</numerusform>
                <numerusform>%1: %Ln answers, %2 + %3 tokens</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::EvalRunDialog</name>
        <message numerus="yes">
            <source>&amp;All %n row(s)</source>
            <translation>
                <numerusform>&amp;All %n row</numerusform>
                <numerusform>&amp;All %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The se&amp;lection (%n row(s))</source>
            <translation>
                <numerusform>The se&amp;lection (%n row)</numerusform>
                <numerusform>The se&amp;lection (%n rows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The &amp;filter's result (%n row(s))</source>
            <translation>
                <numerusform>The &amp;filter's result (%n row)</numerusform>
                <numerusform>The &amp;filter's result (%n rows)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::EvalSummary</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tie(s)</source>
            <translation>
                <numerusform>%n tie</numerusform>
                <numerusform>%n ties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loss(es)</source>
            <translation>
                <numerusform>%n loss</numerusform>
                <numerusform>%n losses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n judge failure(s)</source>
            <translation>
                <numerusform>%n judge failure</numerusform>
                <numerusform>%n judge failures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) not answered by both</source>
            <translation>
                <numerusform>%n row not answered by both</numerusform>
                <numerusform>%n rows not answered by both</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n win(s)</source>
            <translation>
                <numerusform>%n win</numerusform>
                <numerusform>%n wins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failure(s)</source>
            <translation>
                <numerusform>%n failure</numerusform>
                <numerusform>%n failures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n could not be asked)</source>
            <translation>
                <numerusform>(%n could not be asked)</numerusform>
                <numerusform>(%n could not be asked)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::EventsDialog</name>
        <message numerus="yes">
            <source>%n event(s), newest first.</source>
            <translation>
                <numerusform>%n event, newest first.</numerusform>
                <numerusform>%n events, newest first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::FileTokenCount</name>
        <message numerus="yes">
            <source>%n row(s) of %1 cannot be counted exactly (line %2: %3)</source>
            <translation>
                <numerusform>%n row of %1 cannot be counted exactly (line %2: %3)</numerusform>
                <numerusform>%n rows of %1 cannot be counted exactly (line %2: %3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::FileUpload</name>
        <message numerus="yes">
            <source>Uploading in %n parts</source>
            <translation>
                <numerusform>Uploading in %n part</numerusform>
                <numerusform>Uploading in %n parts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::JobPage</name>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n epoch</numerusform>
                <numerusform>%n epochs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::JobsPane</name>
        <message numerus="yes">
            <source>%1: %n job(s)</source>
            <translation>
                <numerusform>%1: %n job</numerusform>
                <numerusform>%1: %n jobs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unpacked %n file(s) into %1</source>
            <translation>
                <numerusform>Unpacked %n file into %1</numerusform>
                <numerusform>Unpacked %n files into %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::MainWindow</name>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::NearDuplicatesDialog</name>
        <message numerus="yes">
            <source>%n cluster(s), %1 rows beyond each cluster's first, in %2 rows.</source>
            <translation>
                <numerusform>%n cluster, %1 rows beyond each cluster's first, in %2 rows.</numerusform>
                <numerusform>%n clusters, %1 rows beyond each cluster's first, in %2 rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cluster %1: %n row(s), from row %2</source>
            <translation>
                <numerusform>Cluster %1: %n row, from row %2</numerusform>
                <numerusform>Cluster %1: %n rows, from row %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each Keep keeps one row of every cluster and removes the other %n row(s).</source>
            <translation>
                <numerusform>Each Keep keeps one row of every cluster and removes the other row.</numerusform>
                <numerusform>Each Keep keeps one row of every cluster and removes the other %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each Keep keeps one row of this cluster's %1 and removes the other %n.</source>
            <translation>
                <numerusform>Each Keep keeps one row of this cluster's %1 and removes the other %n.</numerusform>
                <numerusform>Each Keep keeps one row of this cluster's %1 and removes the other %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::PlaygroundPane</name>
        <message numerus="yes">
            <source>Column %1 has no model and was left out: choose one there to compare.</source>
            <translation>
                <numerusform>Column %1 has no model and was left out: choose one there to compare.</numerusform>
                <numerusform>Columns %1 have no model and were left out: choose one there to compare.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::PreviewDialog</name>
        <message numerus="yes">
            <source>Asking Together to tokenize %n row(s)…</source>
            <translation>
                <numerusform>Asking Together to tokenize %n row…</numerusform>
                <numerusform>Asking Together to tokenize %n rows…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::PreviewView</name>
        <message numerus="yes">
            <source>%1 of %n token(s) trained</source>
            <translation>
                <numerusform>%1 of %n token trained</numerusform>
                <numerusform>%1 of %n tokens trained</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Together tokenized %n row(s) for &lt;b&gt;%1&lt;/b&gt; (%2 data, max_seq_length %3, train_on_inputs %4).</source>
            <translation>
                <numerusform>Together tokenized %n row for &lt;b&gt;%1&lt;/b&gt; (%2 data, max_seq_length %3, train_on_inputs %4).</numerusform>
                <numerusform>Together tokenized %n rows for &lt;b&gt;%1&lt;/b&gt; (%2 data, max_seq_length %3, train_on_inputs %4).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::RemoteFilesDialog</name>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::StatisticsView</name>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln distinct system prompt(s)</source>
            <translation>
                <numerusform>%Ln distinct system prompt</numerusform>
                <numerusform>%Ln distinct system prompts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::TogetherEvaluation</name>
        <message numerus="yes">
            <source>Uploading %n row(s) for Together's judge</source>
            <translation>
                <numerusform>Uploading %n row for Together's judge</numerusform>
                <numerusform>Uploading %n rows for Together's judge</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>td::TokensBar</name>
        <message numerus="yes">
            <source>; %Ln row(s) not counted</source>
            <translation>
                <numerusform>; %Ln row not counted</numerusform>
                <numerusform>; %Ln rows not counted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Splitting %Ln row(s)…</source>
            <translation>
                <numerusform>Splitting %Ln row…</numerusform>
                <numerusform>Splitting %Ln rows…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split %Ln row(s) into %1 rows that fit.</source>
            <translation>
                <numerusform>Split %Ln row into %1 rows that fit.</numerusform>
                <numerusform>Split %Ln rows into %1 rows that fit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split %Ln Row(s) over the Context Length</source>
            <translation>
                <numerusform>Split %Ln Row over the Context Length</numerusform>
                <numerusform>Split %Ln Rows over the Context Length</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the %n row(s) longer than %1 tokens? Together would cut them at the context length and train on what is left. Undo brings them back.</source>
            <translation>
                <numerusform>Remove the %n row longer than %1 tokens? Together would cut it at the context length and train on what is left. Undo brings it back.</numerusform>
                <numerusform>Remove the %n rows longer than %1 tokens? Together would cut them at the context length and train on what is left. Undo brings them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split the %n row(s) longer than %1 tokens into rows that fit, between turns? Each piece starts with the row's system prompt and keeps its other fields; no message is cut. A row with a turn too long even alone stays as it is. Undo brings the rows back.</source>
            <translation>
                <numerusform>Split the %n row longer than %1 tokens into rows that fit, between turns? Each piece starts with the row's system prompt and keeps its other fields; no message is cut. A row with a turn too long even alone stays as it is. Undo brings the row back.</numerusform>
                <numerusform>Split the %n rows longer than %1 tokens into rows that fit, between turns? Each piece starts with the row's system prompt and keeps its other fields; no message is cut. A row with a turn too long even alone stays as it is. Undo brings the rows back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not split (a turn too long even alone, or not a conversation): %Ln row(s) (%1).</source>
            <translation>
                <numerusform>Not split (a turn too long even alone, or not a conversation): %Ln row (%1).</numerusform>
                <numerusform>Not split (a turn too long even alone, or not a conversation): %Ln rows (%1).</numerusform>
            </translation>
        </message>
    </context>
</TS>