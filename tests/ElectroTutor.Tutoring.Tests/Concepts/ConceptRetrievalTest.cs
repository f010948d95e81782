using ElectroTutor.Tutoring.Concepts;

namespace ElectroTutor.Tutoring.Tests.Concepts;

/// <summary>
/// Learners' questions, worded as learners word them, against the shipped notes: each must find its note first, and
/// questions about other things must find nothing.
/// </summary>
public class ConceptRetrievalTest
{
    /// <summary>Questions on gradients, equilibrium, the resting potential, the pump and ion disorders.</summary>
    public static TheoryData<string, string> ElectrochemistryQuestions => new()
    {
        { "what is the concentration gradient?", "diffusion-and-concentration-gradients" },
        { "why do molecules move from high to low concentration", "diffusion-and-concentration-gradients" },
        { "why does K+ leave the cell?", "potassium-leak-channels" },
        { "Why does K⁺ flow out of the neuron at rest?", "potassium-leak-channels" },
        { "how many sodium ions does the pump move?", "sodium-potassium-pump" },
        { "how much [Na⁺] is inside a cell compared to outside", "ion-concentrations-inside-and-outside" },
        { "what is the resting membrane potential and why is it negative", "resting-membrane-potential" },
        { "how do I work out E_K with the Nernst equation", "nernst-equation" },
        { "what does RT/F equal at body temperature", "nernst-equation" },
        { "what's the equilibrium potential for Na+", "equilibrium-potentials-of-the-main-ions" },
        { "do ions stop moving at equilibrium?", "electrochemical-equilibrium" },
        { "which way does an ion flow when V − E is negative", "electrochemical-driving-force" },
        { "why is the inside of the cell negative pulling cations in", "membrane-potential-and-electrical-force" },
        { "how is GHK different from Nernst?", "goldman-hodgkin-katz-equation" },
        { "why is the Na/K pump electrogenic", "electrogenic-pump" },
        { "what happens if ouabain blocks the pump", "ouabain" },
        { "what happens to the resting potential in hyperkalaemia", "hyperkalemia" },
        { "what does low potassium in the blood do to nerves", "hypokalemia" },
        { "what if extracellular sodium is low", "hyponatremia" },
        { "does a single spike run down the Na+ gradient", "membrane-capacitance-and-few-ions" },
        { "why is potassium more concentrated inside cells", "ion-concentrations-inside-and-outside" },
        { "what's the difference between a chemical gradient and an electrical gradient", "membrane-potential-and-electrical-force" },
        { "how do you calculate the equilibrium potential of chloride", "equilibrium-potentials-of-the-main-ions" },
        { "why is E_K negative", "equilibrium-potentials-of-the-main-ions" },
        { "what are leak channels", "potassium-leak-channels" },
        { "what are the relative permeabilities at rest", "goldman-hodgkin-katz-equation" },
        { "how does the sodium-potassium ATPase use ATP", "sodium-potassium-pump" },
        { "what happens to a cell if the Na+/K+ pump stops working", "ouabain" },
        { "why is high potassium dangerous for the heart", "hyperkalemia" },
        { "what does digoxin do", "ouabain" },
    };

    /// <summary>Questions on the action potential, refractoriness, propagation, myelin and toxins.</summary>
    public static TheoryData<string, string> ExcitabilityQuestions => new()
    {
        { "why does Na⁺ rush into the cell during depolarisation", "depolarization-and-the-upstroke" },
        { "what is the threshold voltage for firing an AP", "threshold" },
        { "does a bigger stimulus give a bigger action potential?", "all-or-none-action-potential" },
        { "what repolarises the membrane after the peak", "repolarization" },
        { "why does the voltage dip below resting after a spike", "after-hyperpolarization" },
        { "why can't a neuron fire again straight away, what's the absolute refractory period", "absolute-refractory-period" },
        { "during the relative refractory period why is a stronger stimulus needed", "relative-refractory-period" },
        { "why do action potentials only travel in one direction along the axon", "action-potential-propagation" },
        { "are wider axons faster?", "conduction-velocity-and-axon-diameter" },
        { "what does myelin do", "myelin" },
        { "how does saltatory conduction work at the nodes of Ranvier", "saltatory-conduction" },
        { "why does low calcium cause tetany", "hypocalcemia" },
        { "what does TTX do", "tetrodotoxin" },
        { "what is the effect of TEA on the action potential", "tetraethylammonium" },
        { "what are the phases of an action potential", "action-potential-phases" },
        { "what are the m and h gates of the sodium channel", "voltage-gated-sodium-channels" },
        { "why does sodium go into the cell when channels open", "depolarization-and-the-upstroke" },
        { "what is positive feedback in the action potential", "depolarization-and-the-upstroke" },
        { "what happens if the stimulus is below threshold", "all-or-none-action-potential" },
        { "how is stimulus strength coded if spikes are all the same size", "all-or-none-action-potential" },
        { "what is the delayed rectifier", "repolarization" },
        { "what is the undershoot", "after-hyperpolarization" },
        { "what is Na channel inactivation", "voltage-gated-sodium-channels" },
        { "how fast do nerve impulses travel", "conduction-velocity-and-axon-diameter" },
        { "what are nodes of ranvier", "saltatory-conduction" },
        { "what happens in multiple sclerosis", "myelin" },
        { "what is pufferfish poison", "tetrodotoxin" },
    };

    /// <summary>Questions on the neuromuscular junction, excitation–contraction coupling and contraction.</summary>
    public static TheoryData<string, string> MuscleQuestions => new()
    {
        { "what do T-tubules do?", "t-tubules" },
        { "what is released at the neuromuscular junction", "neuromuscular-junction" },
        { "why is the reversal potential of the end plate channel near 0 mV", "end-plate-potential" },
        { "how does the DHPR open RyR1", "dihydropyridine-and-ryanodine-receptors" },
        { "in skeletal muscle does the calcium come from outside the cell", "dihydropyridine-and-ryanodine-receptors" },
        { "where is calcium stored in muscle", "sarcoplasmic-reticulum" },
        { "what does Ca2+ bind to to start contraction", "troponin-and-tropomyosin" },
        { "explain the steps of the cross-bridge cycle", "cross-bridge-cycle" },
        { "why do bodies go stiff after death", "atp-in-muscle-contraction" },
        { "what is needed for myosin to detach from actin", "cross-bridge-cycle" },
        { "why does myosin need ATP", "atp-in-muscle-contraction" },
        { "how does a muscle relax after contracting", "serca-and-relaxation" },
        { "what is tetanus in muscle and why does force add up", "summation-and-tetanus" },
        { "how does curare paralyse muscles", "curare" },
        { "how do the filaments slide in a sarcomere", "sarcomere-and-sliding-filaments" },
        { "what's the sequence from the nerve impulse to contraction, excitation-contraction coupling", "excitation-contraction-coupling" },
        { "why is force so sensitive to calcium, hill coefficient", "calcium-force-relation" },
        { "how long does a single muscle twitch last", "muscle-twitch" },
        { "what does the muscle action potential travel along", "muscle-action-potential" },
        { "what does acetylcholinesterase do", "neuromuscular-junction" },
        { "what is the safety factor at the end plate", "end-plate-potential" },
        { "what is a triad in muscle", "t-tubules" },
        { "what is calcium induced calcium release", "dihydropyridine-and-ryanodine-receptors" },
        { "what does calsequestrin do", "sarcoplasmic-reticulum" },
        { "does tropomyosin bind calcium", "troponin-and-tropomyosin" },
        { "what is the power stroke", "cross-bridge-cycle" },
        { "what is rigor mortis", "atp-in-muscle-contraction" },
        { "what shortens when a muscle contracts, the A band or I band", "sarcomere-and-sliding-filaments" },
        { "how many calcium ions does SERCA pump per ATP", "serca-and-relaxation" },
        { "what is the difference between a twitch and tetanus", "summation-and-tetanus" },
        { "how does neostigmine help in myasthenia gravis", "curare" },
        { "what does the Hill equation describe", "calcium-force-relation" },
        { "what is pCa", "calcium-force-relation" },
    };

    public static TheoryData<string> OffTopic => new()
    {
        "what's the capital of France?",
        "how do I bake bread",
        "who won the world cup in 2018",
        "tell me a joke",
        "what's the weather like tomorrow",
        "how tall is mount everest",
        "what is the speed of light",
        "recommend a good film to watch tonight",
        "how do I install python on windows",
        "translate good morning into spanish",
        "what is photosynthesis",
        "when did the roman empire fall",
        "what time is it",
        "what is the best muscle car",
        "is coffee bad for you",
        "how do I get better at football",
        "can you help me with my homework",
        "my phone battery is low",
    };

    [Theory]
    [MemberData(nameof(ElectrochemistryQuestions))]
    [MemberData(nameof(ExcitabilityQuestions))]
    [MemberData(nameof(MuscleQuestions))]
    public void A_learner_question_finds_its_note_first(string question, string expectedId)
    {
        var answer = ShippedConcepts.Library.Answer(question);
        var found = string.Join(", ", answer.Candidates.Select(c => $"{c.Note.Id} {c.Score:0.0} [{string.Join(' ', c.MatchedTerms)}] {c.Coverage:0.00}"));
        Assert.True(answer.Found, $"no answer ({answer.Status}); candidates: {found}");
        Assert.True(answer.Note!.Id == expectedId, $"got {answer.Note.Id}; candidates: {found}");
    }

    [Theory]
    [MemberData(nameof(OffTopic))]
    public void An_off_topic_question_gets_no_answer(string question)
    {
        var answer = ShippedConcepts.Library.Answer(question);
        var found = string.Join(", ", answer.Candidates.Select(c => $"{c.Note.Id} {c.Score:0.0} [{string.Join(' ', c.MatchedTerms)}] {c.Coverage:0.00}"));
        Assert.False(answer.Found, $"answered with {answer.Note?.Id}; candidates: {found}");
        Assert.Null(answer.Note);
    }
}
