<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ActorPanel</name>
        <message>
            <source>Actor panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore this actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back to the stage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CapacityRow</name>
        <message>
            <source>Capacity of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComparePage</name>
        <message>
            <source>Actors
removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>Export handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handout saved to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handout sent to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture saved to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The handout could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The picture could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{scenario} · {stage} · illustrative model · {app}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImpactChart</name>
        <message>
            <source>% of baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Months after the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>price index</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImpactStrip</name>
        <message>
            <source>Loading the chart…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month after the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause the months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play the months after the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart is unavailable ({error}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LegendDialog</name>
        <message>
            <source>How to read the network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legend</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the address to open it elsewhere:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The link could not be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer could not open the link in a web browser (there may be none, or no network).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Glossary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Illustrative model · information to {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My predictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model could not run {file}; the current scenario stays open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This scenario could not be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} has problems; the current scenario stays open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan shown on the network</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Supply network</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PerspectivesDialog</name>
        <message>
            <source>{stage}: {views}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PictureDialog</name>
        <message>
            <source>Export picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print (300 dots per inch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector or slides (1920 × 1080 pixels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanCard</name>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanChanges</name>
        <message>
            <source>Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model could not run this change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>A name the class will recognise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a capacity change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a route cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply any of the scenario's policies:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a kind or a region (or both) in every capacity change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demand at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the routes between kinds and/or regions cost more (risk, enforcement):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove these actors:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Route costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale how much is bought:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale the capacity of every actor of a kind and/or in a region:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>anywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>of today's (treatment and prevention lower it)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanList</name>
        <message>
            <source>+ Add a plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most four plans, so the charts stay readable</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PolicyLab</name>
        <message>
            <source>Back to the explorer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare the plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy lab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy lab — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Runs per plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Runs per plan (seeds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the charts (PNG)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the table (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network of a plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up to four plans on the same runs, side by side · illustrative model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which actor matters most?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PredictionPanel</name>
        <message>
            <source>And after {months} months?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before you see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much of the supply will still reach {destination} right after?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep my answer and go on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No guess</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now watch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of the supply after the months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of the supply right after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip: just show it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change is made. Watch the network and the chart as the months play.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which actor will carry most of the diverted flow? Click it on the network (optional).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why do you think it came out this way? (optional, one line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why, in one line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You and the model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your guess: none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your prediction</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Presenting</name>
        <message>
            <source>Back to the window (Escape or F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen, large text, projector colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presentation mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector (high contrast)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teacher's notes window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current stage's teacher notes in a window of their own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuizCard</name>
        <message>
            <source>*Use the model:* {activity}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RouteCostRow</name>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more a unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScenarioDialog</name>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario files (*.yaml *.yml);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenarios that come with the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} ({language})
{description}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionFiles</name>
        <message>
            <source>Another scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue where you left off?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue where you left off?

{what}
Saved on {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It belongs to another scenario, “{other}”, whose file is not at hand ({where}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open that scenario with File &gt; Open scenario, then the session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {file}, saved with another version of this scenario.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session saved to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start afresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start afresh keeps the earlier session as a file you can open with File &gt; Open session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session belongs to “{other}” ({file}). Open that scenario and the session?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session could not be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome back: your session is as you left it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your work cannot be saved automatically here: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in “{scenario}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not named</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message>
            <source>Stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stages of the tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tour progress</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StagePanel</name>
        <message>
            <source>**What people often think:** {claim}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>**What the evidence says:** {evidence}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A common misconception</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check your understanding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare plans side by side in the policy lab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each one changes the model; Undo takes it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key facts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show them in columns, side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teacher notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try a policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the model cannot show</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartupWindow</name>
        <message>
            <source>Opening the scenario…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The explorer cannot start without a scenario.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scenario could not be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} has problems, so the bundled scenario opens instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeacherNotesWindow</name>
        <message>
            <source>Teacher's notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowAccess</name>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart's numbers as a table a screen reader can read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened, in words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Previous</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Policies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PDF of what you saw and did: stages, plan, chart, predictions, quiz, sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A+ Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A−</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A− Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back every actor: the baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare up to four plans side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue a session saved earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore freely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export handout…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill the screen; F11 again to leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit the network to the window (0 in the network)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit to window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flow markers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Glossary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to read the network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My predictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No moving markers and no animated changes; every state is still shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open scenario…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policies ▾</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy lab…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Predict before each change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Predict before each change when exploring freely too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print handout…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reduced motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save where you are and what you did, to continue later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what you expect before a removal or a policy shows its outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every stage at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show moving markers along active routes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terms used in the tour, with sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network or the chart as a PNG or SVG picture, for slides or print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole network in the window, smaller (9 in the network)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try a policy from the scenario (undoable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you expected, and what the model showed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom the network in (+ in the network)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom the network out (− in the network)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tip} ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… also when exploring freely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Previous</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_Rows</name>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>autosave</name>
        <message numerus="yes">
            <source>%n actor(s) removed</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n policy action(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n prediction(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quiz answer(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>challenge</name>
        <message numerus="yes">
            <source>%n policy action(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Among: {stages}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>At most %n removal(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Challenge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the plan in the network, then check it here. The numbers are from the illustrative model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check my plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked: {plan}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal: below {share} of the baseline from month {first} to month {last}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Goal: one removal, the least supply after %n month(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>In month {month}, {share} of the baseline still reaches {where} (goal: below {goal}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No policies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One solution: {plan}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policies allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removals from: {stages}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove exactly one actor, and no policies, then check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supply stays below {goal} from month {first} to month {last}: at most {share} reaches {where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This challenge is about removals only: your plan also has policies (undo them, or Reset all).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Without {name}, {share} of the baseline reaches {where} after %n month(s): no single removal leaves less.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Without {name}, {share} still reaches {where} after %n month(s); removing another actor leaves {least}. Keep looking.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Your plan changes nothing yet: remove actors in the network, then check again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Your plan removes {count} actors; the challenge allows at most %n.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>apply “{policy}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names}: not in the stages this challenge allows ({stages}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not one of the actors this challenge is about ({stages}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Solved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>describe</name>
        <message numerus="yes">
            <source>%n actor(s) removed.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Already at the baseline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply “{preset}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At once {now} of the baseline supply reaches {destination}. Play the months to see what happens next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At once, {moved} of its {carried} {units} went elsewhere, mostly through {takers}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At once, {moved} of its {carried} {units} went elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline: {amount} {units} a month reach {destination}. Select an actor and remove it to see where the trade goes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By month {month}, the recovery ran mostly through new entrants ({entrants}) and survivors that grew ({survivors}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By month {month}, the recovery ran mostly through new entrants: {entrants}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By month {month}, the recovery ran mostly through survivors that grew: {survivors}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to learn more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exploring freely · Stage {number} of {total}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact chart: share of baseline supply reaching {destination}, and price index, by month (illustrative model)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month {month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of it could go elsewhere at once: the others had no spare capacity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in the trade yet. It may enter if a shortage pushes prices up far enough.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reaching {destination} in month {month}: {amount} {units} a month, {share} of baseline · price index {price} · {groups_label} {groups} (baseline {baseline_groups})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reaching {destination} right after: {amount} {units} a month, {share} of baseline · price index {price} · {groups_label} {groups} (baseline {baseline_groups})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {actor}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed. Before: {amount} {units} a month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing {actor} changed nothing at once: it carried none of the supply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore {actor}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right after, {now} of the baseline supply reaches {destination}. Play the months to see what happens next.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Right after, {now} of the baseline supply reaches {destination}; after %n month(s), {later}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Seen {seen} of {total} stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage {number} of {total}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage {number}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supply reaching {destination}
illustrative model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supply reaching {destination} — illustrative model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This scenario has no policy called '{preset}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under this model's assumptions the dearest supply is no longer needed, so the price falls {fall} and buyers take back a little of the cut.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under this model's assumptions the replacements cost more, so the price stays {rise} above the baseline and less is bought.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: {change}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened · {note}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>With %n other change(s) already made, {actor} carried {share} of the supply still reaching {destination} ({carried} of {total} {units} a month).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>illustrative model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{actor} carried {share} of the supply reaching {destination} ({carried} of {total} {units} a month).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{actor} is already removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} {units} a month (baseline {baseline}) — illustrative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{change}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} · {region}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (seen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{verb} {amount} {units} a month in month {month} (baseline: {baseline}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{verb} {amount} {units} a month now (baseline: {baseline}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Not opened: {address} is not a web address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source># Glossary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source># Keyboard

## The tour
- **Right** in the network, with no actor focused: next stage; **Left**: previous stage
- **Page Down / Page Up** in the network: next / previous stage (as a presentation clicker sends)
- **Ctrl+Page Down / Ctrl+Page Up** or **Alt+Right / Alt+Left**, anywhere: next / previous stage
- **Ctrl+E**: explore freely, every stage at once

## The network
- **Tab / Shift+Tab** and the **arrow keys**: move between actors
- **Enter** or **Space**: open the focused actor; **Delete** or **Backspace**: remove it
- **Escape**: back to the stage (clears the selection, or cancels a prediction)
- **+ / − / 0 / 9**: zoom in, zoom out, fit to the window, the whole network; drag to pan

## Panels, buttons and links
- **Tab / Shift+Tab**: move between buttons, lists, sliders and links; a ring shows where you are
- **Space** or **Enter**: press the focused button or open the focused link
- **Page Down / Page Up**: scroll the panel you are in
- After **Remove this actor** the focus moves to **Restore this actor**, and back

## Changes
- **Ctrl+Z**: undo; **Ctrl+Shift+Z** or **Ctrl+Y**: redo; **Ctrl+R**: reset all
- **Ctrl+L**: the policy lab, up to four plans compared side by side

## The view
- **Ctrl+=** (or **Ctrl++**) / **Ctrl+−**: larger / smaller text; **Ctrl+0**: normal text size
- **Ctrl+M**: flow markers on / off; **F11**: full screen
- **F5**: presentation mode (full screen, larger text, projector colours); **Escape** or **F5** leaves it
- **Ctrl+T**: the teacher's notes window, which follows the tour

## Help and files
- **F1**: about the app; **F2**: glossary; **F3**: legend
- **Ctrl+O**: open a scenario; **Ctrl+Q**: quit
- **Ctrl+S**: save the session; **Ctrl+Shift+O**: open a saved session; **Ctrl+P**: print the handout
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>## How to read the network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>## Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>## What the model cannot show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>## Where to find help</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>**About %n minute(s).**</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>**Answers to the quiz** (the class sees the choices in another order):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>**Scenario:** *{title}*. {description}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>**The information runs to {date}.**</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>**The numbers are illustrative.** {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*A model answer:* {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*Answer:* {choice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*Objective:* {objective}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*The challenge:* {solution}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*This stage has no teacher notes.*</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A removed actor: crossed out, its name struck through.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An actor of a stage already seen: a thinner outline, lighter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An actor: the width of its routes follows what they carry each month. Stages still to come show only the actors a change moved flow to, faintly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An entrant not in the trade yet: a dashed box, its name in italics.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An explorer for classrooms and self-learners: how a trade travels from its first suppliers to its last sellers, stage by stage, and why removing one actor rarely stops it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Different views, side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gained flow: a solid blue line with a light centre stripe, labelled with a plus (+12).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost flow: a dashed orange line, labelled with a minus (−30).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not active yet: a dotted line to or from an entrant that has not come in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions for the class:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected actor: a thick outline with a glow; the focused one: a dashed ring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two views, side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unchanged: a plain grey line; after a change, and away from the stage in focus, a lighter grey, under what changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text}

*Source:* {sources}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The explorer hit an unexpected problem; what you were doing may not have finished.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>handout</name>
        <message>
            <source>## Quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>## Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>## The stages you saw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>## What happened · {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>## Where to find help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>## Your plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>## Your predictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>### Stage {number}: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>**The numbers in this handout come from an illustrative model.** {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*A handout from {app}, made on {date}. The information runs to {info}.*</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>- %n other change(s) to capacities, costs or demand.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>- Policy: **{name}**. {description} *Source:* {sources}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>- Removed: **{name}** ({what}). *Source:* {sources}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Challenge of “{stage}”: {verdict} ({answer}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No change: the trade as it runs at the baseline.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No quiz questions answered (the scenario has %n).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>You answered {answered} of {questions} questions; {right} right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your {score}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not met yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lab</name>
        <message>
            <source> (did you mean {close}?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of baseline supply left (illustrative)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n month(s) after any single removal, all of the baseline supply reaches {destination} again: the trade recovers from each one. Right after, removing {actor} hurts most ({now} still arrives). Illustrative model, one run.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of these are such entrants.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Add a plan and the lab runs it (illustrative model).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>After %n month(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s), {plans} leave the same, least supply reaching {destination}: {share} of the baseline in the median run (illustrative model).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s), “{plan}” leaves the least supply reaching {destination}: {share} of the baseline (at least 8 runs in 10 agree; illustrative model).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s), “{plan}” leaves the least supply reaching {destination}: {share} of the baseline in the median run (between {low} and {high} in 8 runs out of 10; illustrative model).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s), “{plan}” leaves {share} of the baseline supply reaching {destination} (at least 8 runs in 10 agree; illustrative model).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n month(s), “{plan}” leaves {share} of the baseline supply reaching {destination} in the median run (between {low} and {high} in 8 runs out of 10; illustrative model).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cancelled: press Run to finish it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capacity of {kind} in {region} at {factor}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not run: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demand at {share} of today's</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Done: %n run(s) (illustrative)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Each actor removed alone: supply left right after and after %n month(s) (illustrative)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Each cell: the share of baseline supply in the median run, with the range of 8 runs in 10; below, the groups present (median). Illustrative model.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Illustrative model. Every plan ran on the same %n seed(s): runs differ only in when new entrants come in. The band holds 8 runs in 10 (10th to 90th percentile); the line is the median run.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Illustrative model: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Months after the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No actor carries supply in this scenario.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No change (baseline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No change: the baseline, for reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No set of actors cuts every path to {destination} in this scenario (illustrative model).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No smaller set does: leave any one of them and supply still finds a way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy: {preset}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price index (1 = before any change; illustrative)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Remove %n actor(s): {names}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Removing each actor alone, one after another…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Removing these %n actor(s) together cuts every path from the first stage to {destination}: {names}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Removing {actor} alone hurts most after %n month(s): {later} of the baseline supply still reaches {destination} (right after: {now}). Illustrative model, one run.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Right after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routes from {from_kind} in {from_region} to {to_kind} in {to_region} cost {amount} more a unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Smallest stopping set: %n actor(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Supply reaching {destination}, % of baseline (illustrative)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supply stops only while all of them stay removed. Illustrative model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The count includes new entrants waiting to come in: remove only the actors active today and entrants would still come in and carry supply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your plan in the explorer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an empty part; expected a preset id or a change such as remove:ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>anywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a number from 0 to {high} for {field}, got '{value}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a preset id or a change such as remove:ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plan '{plan}': {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>price {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove: needs at least one actor id, such as remove:ID,ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scale: needs kind= or region= (or both), such as scale:kind=K,factor=0.5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the demand parts multiply to {demand}; expected at most {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown actor '{actor}'{hint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown kind '{value}'{hint}; the scenario's kinds are: {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown part '{part}'; expected a preset id, remove:, scale:, cost:, demand: or name=</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown preset '{preset}'{hint}; the scenario's presets are: {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown region '{value}'{hint}; the scenario's regions are: {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total} runs done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{groups} {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{lines}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{median} ({low}–{high})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sentence} The network shows the plan's first run (seed 0); illustrative model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: unknown field '{field}'; expected {allowed}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>launch</name>
        <message>
            <source>The explorer could not start as asked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>paper</name>
        <message>
            <source>% of baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Months after the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>price index</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>predict</name>
        <message>
            <source># My predictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>**{number}.** {result}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>*Why, you said:* {why}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>After %n month(s), you were close to the model.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No predictions yet. Turn on View &gt; Predict before each change, then remove an actor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the months, less came back than you expected. Under this model's assumptions, demand itself fell: the streets ask for less, so prices do not rise and nothing draws new supply in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the months, less came back than you expected. Under this model's assumptions, the price index is still {price}: the actors that replaced the removed ones work at higher cost, and at that price less is bought.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the months, less came back than you expected. Under this model's assumptions, the price index is still {price}: the survivors and entrants cannot yet replace everything that was removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the months, less came back than you expected. Under this model's assumptions, what was removed stays removed and the others reached the limits of how far they can grow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the months, more came back than you expected. Under this model's assumptions, the shortage raised the price index to {peak}, and where supply was short the survivors grew.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Over the months, more came back than you expected. Under this model's assumptions, the shortage raised the price index to {peak}; where supply was short, survivors grew and %n new actor(s) came in: {names}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Right after, less got through than you expected: under this model's assumptions, the others had little room to spare, so most of what was cut could not go elsewhere at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right after, more got through than you expected: under this model's assumptions, other actors had room to spare, and the flow took the cheapest routes still open, mostly through {takers}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right after, you were close to the model.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The model shows {now} right after and {later} after %n month(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>You expected {guess} to carry most of the diverted flow, and in the model it did.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You expected {guess} to carry most of the diverted flow; in the model it was {actual}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You expected {guess} to carry most of the diverted flow; in the model nobody could take it over.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You predicted {p_now} right after and {p_later} after %n month(s); the model shows {now} and {later}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>the others</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>quiz</name>
        <message>
            <source>Not quite: the answer is “{answer}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>quiz: {right} of %n right</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>quiz: {right} right, {answered} of %n answered</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>The session file has no valid format version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session file is damaged: {part} is not valid (expected {expected}; found {found}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session file is damaged: {part} is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a session file (it is not valid JSON).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a session file of this app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session belongs to another scenario (“{other}”), not to “{this}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session was saved by a newer version of the app (format {found}); this version reads format {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This session was saved with another version of “{this}” and no longer fits it: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list of the stages seen, from 0 to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a share from 0 to 1, or null</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a stage with a quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number from {low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object naming the scenario: id, language, title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object with the lists “removed” and “actions”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object, or null</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ids of this scenario’s actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>policies as the scenario’s presets write them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the id of one of this scenario’s actors, or null</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the id of one of this scenario’s stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>spoken</name>
        <message numerus="yes">
            <source>%n actor(s), in the order of the stages.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n route(s) changed: see the changes list.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Active {groups} (baseline {baseline})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys move between actors; Enter opens one; Delete removes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before you see it: {change}. Say what you expect in the side panel, skip, or cancel the change.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Changed routes: %n</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Data table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {source} to {target}: {delta}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No route carries more or less than at the baseline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet active: it may enter if a shortage pushes prices up ({note}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play the months to add rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed; at the baseline {baseline} {units} a month ({note}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routes that carry more or less than at the baseline, largest change first ({note}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share of baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supply reaching {destination} ({units} a month)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart's numbers, month by month after the current plan. {note} {rest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart's numbers, month by month, are in View &gt; Data table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{actor} (not yet active)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{actor} (removed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{actor}: {flow} Details in the side panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} {units} a month; baseline {baseline} ({note}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind_and_region}; {stage}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{verb} {amount} {units} a month in month {month}; baseline {baseline} ({note}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{verb} {amount} {units} a month now; baseline {baseline} ({note}).</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
