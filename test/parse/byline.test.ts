import { describe, expect, it } from "vitest";
import { isOwnGroup, isSelfNamed, namesItself, namesTitleSubject, prepareByline, splitByline } from "../../src/parse/byline.js";
import { parseMarkdownListing } from "../../src/markdown/parse-markdown-listing.js";
import { parseListing } from "../../src/parse/parse-listing.js";
import { bylineStyle } from "../../src/parse/wrapped-byline.js";
import { parseListingStream } from "../../src/stream/parse-listing-stream.js";

const none = { names: new Set<string>() };
const split = (byline: string, abstract = "", names: string[] = []) =>
  splitByline(byline, abstract, names.length ? { names: new Set(names) } : none);

describe("splitByline", () => {
  it("splits at a lower-case letter meeting a capital", () => {
    expect(split("Gemma 2: Improving Open Language Models at a Practical SizeGemma Team, Morgane Riviere, Shreya Pathak et al. · deepmind")).toMatchObject({
      title: "Gemma 2: Improving Open Language Models at a Practical Size",
      authors: ["Gemma Team", "Morgane Riviere", "Shreya Pathak"],
      truncated: true,
      affiliations: ["deepmind"],
    });
  });

  it("ends a title in a digit before a hyphenated group name", () => {
    expect(split("Imagen 3Imagen-Team-Google, Jason Baldridge, Jakob Bauer et al.")).toMatchObject({
      title: "Imagen 3",
      authors: ["Imagen-Team-Google", "Jason Baldridge", "Jakob Bauer"],
    });
  });

  it("keeps a camel-case word that ends the title, using the abstract", () => {
    const parts = split(
      "Competition-Level Code Generation with AlphaCodeYujia Li, David Choi, Junyoung Chung et al.",
      "We introduce AlphaCode, a system for code generation.",
    );
    expect(parts.title).toBe("Competition-Level Code Generation with AlphaCode");
    expect(parts.authors[0]).toBe("Yujia Li");
  });

  it("keeps a camel-case title word even without help from the abstract", () => {
    expect(split("Competition-Level Code Generation with AlphaCodeYujia Li, David Choi, Junyoung Chung et al.").title).toBe(
      "Competition-Level Code Generation with AlphaCode",
    );
  });

  it("splits capital-to-capital when the title ends in an acronym", () => {
    expect(split("Visualizing Data using t-SNELaurens van der Maaten, Geoffrey Hinton", "We present t-SNE, a technique.")).toMatchObject({
      title: "Visualizing Data using t-SNE",
      authors: ["Laurens van der Maaten", "Geoffrey Hinton"],
      truncated: false,
    });
    expect(split("Mistral 7BAlbert Q. Jiang, Alexandre Sablayrolles, Arthur Mensch et al.", "We introduce Mistral 7B, a model.").title).toBe("Mistral 7B");
  });

  it("splits an acronym ending a title from a first author who gives initials only", () => {
    expect(split("An improved upper limit on the neutrino mass from a direct kinematic method by KATRINM. Aker, K. Altenmüller, M. Arenz et al.", "We report a measurement of the neutrino mass.")).toMatchObject({
      title: "An improved upper limit on the neutrino mass from a direct kinematic method by KATRIN",
      authors: ["M. Aker", "K. Altenmüller", "M. Arenz"],
    });
  });

  it("takes initials glued to a given name for the name's start, not the title's end", () => {
    expect(split("Hard to Be Heard: Phoneme-Level ASR Analysis of Low-Resource Endangered LanguagesV.S.D.S.Mahesh Akavarapu, Michael Daniel, Gerhard Jäger", "We study ASR.")).toMatchObject({
      title: "Hard to Be Heard: Phoneme-Level ASR Analysis of Low-Resource Endangered Languages",
      authors: ["V.S.D.S.Mahesh Akavarapu", "Michael Daniel", "Gerhard Jäger"],
    });
  });

  it("takes a company's team named after the title's product for the first author, and for a group", () => {
    expect(split("Seed1.5-Thinking: Advancing Superb Reasoning Models with Reinforcement LearningByteDance Seed, Jiaze Chen, Tiantian Fan et al.")).toMatchObject({
      title: "Seed1.5-Thinking: Advancing Superb Reasoning Models with Reinforcement Learning",
      authors: ["ByteDance Seed", "Jiaze Chen", "Tiantian Fan"],
    });
    const seed = { name: "ByteDance Seed", given: "ByteDance", family: "Seed" };
    expect(isOwnGroup(seed, "Seed-Coder: Let the Code Model Curate Data for Itself", [])).toBe(true);
    expect(isOwnGroup({ name: "John Kaplan", given: "John", family: "Kaplan" }, "Kaplan-Meier Estimates for Everyone", [])).toBe(false);
    expect(isOwnGroup({ name: "Edward L. Kaplan", given: "Edward L.", family: "Kaplan" }, "Kaplan-Meier Estimates for Everyone", [])).toBe(false);
    // (No team is cut out of an acronym ending the title, nor made of glued words.)
    expect(split("Smith-Waterman in CUDAJohn Smith, Ana Li")).toMatchObject({ title: "Smith-Waterman in CUDA", authors: ["John Smith", "Ana Li"] });
    expect(split("Navier-Stokes PINNsClaude Navier")).toMatchObject({ title: "Navier-Stokes PINNs", authors: ["Claude Navier"] });
    expect(split("Hunyuan-Large: An Open-Source MoE ModelTencent Hunyuan, Xingwu Sun")).toMatchObject({ title: "Hunyuan-Large: An Open-Source MoE Model", authors: ["Tencent Hunyuan", "Xingwu Sun"] });
    expect(split("Seed1.5-VL Technical ReportByteDance Seed, Dong Guo")).toMatchObject({ title: "Seed1.5-VL Technical Report", authors: ["ByteDance Seed", "Dong Guo"] });
  });

  it("takes no title words glued onto a long group's name", () => {
    expect(split("The StreetLearn Environment and DatasetMeta FAIR Team, Bo Dai")).toMatchObject({ title: "The StreetLearn Environment and Dataset", authors: ["Meta FAIR Team", "Bo Dai"] });
    expect(split("A Study of ThingsThe McGill Natural Language Processing Group, Ana Li")).toMatchObject({ title: "A Study of Things", authors: ["The McGill Natural Language Processing Group", "Ana Li"] });
    expect(split("Pulsar Timing Array ResultsThe NANOGrav Pulsar Timing Array Collaboration")).toMatchObject({ title: "Pulsar Timing Array Results", authors: ["The NANOGrav Pulsar Timing Array Collaboration"] });
  });

  it("never cuts a run of dotted capitals ending a title", () => {
    expect(split("Economic Growth in the U.S.Wei Zhang")).toMatchObject({ title: "Economic Growth in the U.S.", authors: ["Wei Zhang"] });
    expect(split("Washington, D.C.Mary Smith, John Roe")).toMatchObject({ title: "Washington, D.C.", authors: ["Mary Smith", "John Roe"] });
    expect(split("Measuring Trends in the U.S.A.Maria Garcia, John Roe")).toMatchObject({ title: "Measuring Trends in the U.S.A.", authors: ["Maria Garcia", "John Roe"] });
    expect(split("Evidence from the U.S.J. Smith, Anna Lee, Bo Dai")).toMatchObject({ title: "Evidence from the U.S.", authors: ["J. Smith", "Anna Lee", "Bo Dai"] });
  });

  it("takes a long group's name, up to ten capitalised words ending in a group word, for a first author", () => {
    expect(split("Identification of carbon dioxide in an exoplanet atmosphereThe JWST Transiting Exoplanet Community Early Release Science Team, Eva-Maria Ahrer, Lili Alderson et al.", "Carbon dioxide is a key chemical species.")).toMatchObject({
      title: "Identification of carbon dioxide in an exoplanet atmosphere",
      authors: ["The JWST Transiting Exoplanet Community Early Release Science Team", "Eva-Maria Ahrer", "Lili Alderson"],
    });
  });

  it("splits after punctuation ending a title", () => {
    expect(split("Are Emergent Abilities of Large Language Models a Mirage?Rylan Schaeffer, Brando Miranda, Sanmi Koyejo")).toMatchObject({
      title: "Are Emergent Abilities of Large Language Models a Mirage?",
      authors: ["Rylan Schaeffer", "Brando Miranda", "Sanmi Koyejo"],
    });
  });

  it("ends a title in a quote it opened, LaTeX's `…' or a typographer's ‘…’, but not in an apostrophe or an opening quote", () => {
    expect(split("R-Tuning: Instructing Large Language Models to Say `I Don't Know'Hanning Zhang, Shizhe Diao, Yong Lin")).toMatchObject({
      title: "R-Tuning: Instructing Large Language Models to Say `I Don't Know'",
      authors: ["Hanning Zhang", "Shizhe Diao", "Yong Lin"],
    });
    expect(split("Learning in the ‘Wild’Jane Doe, John Roe")).toMatchObject({ title: "Learning in the ‘Wild’", authors: ["Jane Doe", "John Roe"] });
    // An apostrophe with no quote opened before it is a word's: "O'" + "Donnell".
    expect(split("Analysis of Boolean FunctionsRyan O'Donnell")).toMatchObject({ title: "Analysis of Boolean Functions", authors: ["Ryan O'Donnell"] });
  });

  it("accepts a one-word organisation as first author", () => {
    expect(split("GPT-4 Technical ReportOpenAI, Josh Achiam, Steven Adler et al.")).toMatchObject({
      title: "GPT-4 Technical Report",
      authors: ["OpenAI", "Josh Achiam", "Steven Adler"],
    });
    expect(split("DeepSeek-V3 Technical ReportDeepSeek-AI, Aixin Liu, Bei Feng et al.").title).toBe("DeepSeek-V3 Technical Report");
  });

  it("reads a first author of one word rather than title words ending glued to it", () => {
    // (Also one with an apostrophe inside, as names transliterated from Arabic and Indonesian have them.)
    for (const [title, author] of [["Attentional Processing on a Spike-Based VLSI Neural Network", "Sumit"], ["QUIC-SVD: Fast SVD Using Cosine Trees", "Jagadeesh"], ["Large-Scale Category Structure Aware Image Categorization", "Mausam"], ["Spatially Resolved Properties of Stars as Revealed by Panchromatic SED Fitting", "Abdurro'uf"], ["A Study of Tides", "Syafi'i"]]) {
      expect(split(`${title}${author}, Rodney J Dougal, Shih-Chii Lin`, "We present a method.")).toMatchObject({ title, authors: [author, "Rodney J Dougal", "Shih-Chii Lin"] });
    }
  });

  it("reads first authors whose family names are written in capitals", () => {
    expect(split("A Study of Deep ModelsWei ZHANG, Jean-Pierre BOURGUIGNON, Li Na", "We study models.")).toMatchObject({
      title: "A Study of Deep Models",
      authors: ["Wei ZHANG", "Jean-Pierre BOURGUIGNON", "Li Na"],
    });
    expect(split("A Study of ThingsAnn Lee, ZHANG Wei", "We study things.")).toMatchObject({ title: "A Study of Things", authors: ["Ann Lee", "ZHANG Wei"] });
    expect(split("Learning an AvatarSeungJun MOON, Ann Lee", "We learn.")).toMatchObject({ title: "Learning an Avatar", authors: ["SeungJun MOON", "Ann Lee"] });
    // An acronym ending a title stays the title's, before a name in capitals written first too
    // (which is weighed as no name: the glue point falls inside a run of capitals).
    expect(split("Offline Deep RLJane Doe, Ann Lee", "We study deep RL.")).toMatchObject({ title: "Offline Deep RL", authors: ["Jane Doe", "Ann Lee"] });
    expect(split("Mask R-CNNHE Kaiming, Georgia Gkioxari, Piotr Dollar", "We present a method.")).toMatchObject({ title: "Mask R-CNN", authors: ["HE Kaiming", "Georgia Gkioxari", "Piotr Dollar"] });
  });

  it("takes an English contraction ending a title for no one-word name", () => {
    expect(split("Why Language Models Don'tJohn Smith, Ann Lee", "We present a method.")).toMatchObject({ title: "Why Language Models Don't", authors: ["John Smith", "Ann Lee"] });
  });

  it("takes the collaboration the title names, whole, for the first author after an acronym", () => {
    expect(split("Search for the Chiral Magnetic Effect by the STAR Collaboration at RHICSTAR Collaboration, M. S. Abdallah, B. E. Aboona et al.", "We compare isobar collisions.")).toMatchObject({
      title: "Search for the Chiral Magnetic Effect by the STAR Collaboration at RHIC",
      authors: ["STAR Collaboration", "M. S. Abdallah", "B. E. Aboona"],
    });
  });

  it("ends a title in an acronym before a name in a script without case", () => {
    expect(split("Learning Texture Manifolds with the Periodic Spatial GAN李娜, Nikolay Jetchev", "We present a method.")).toMatchObject({
      title: "Learning Texture Manifolds with the Periodic Spatial GAN",
      authors: ["李娜", "Nikolay Jetchev"],
    });
  });

  it("takes no acronym's last letter or camel-case word into a group's name", () => {
    // A title ending in an acronym before a group: "…MCM" by "CKimi Team" reads no group.
    for (const [title, group] of [["Bayesian Inference with Particle MCMC", "Kimi Team"], ["Change-points shared by many signals using group LARS", "DeepSeek-AI"], ["Query-Aware MCMC", "Gemma Team"], ["MAGI-1: Autoregressive Video Generation at Scale", "Sand.ai"], ["Open Model Report", "Together.ai"]]) {
      expect(split(`${title}${group}, Fredrik Lind, Thomas Schon`, "We present a method.")).toMatchObject({ title, authors: [group, "Fredrik Lind", "Thomas Schon"] });
    }
    // Nor a camel-case word before a one-word group: "…Ada" by "BoostOpenAI" has two seams.
    expect(split("Variance Penalizing AdaBoostOpenAI, Tony Jebar", "We present a method.")).toMatchObject({ title: "Variance Penalizing AdaBoost", authors: ["OpenAI", "Tony Jebar"] });
  });

  it("takes no version cut from a title's model name for the start of a group's name", () => {
    // The abstract names "Qwen", which backs a title ending there; but "3.5-Omni …" opens no group.
    const abstract = "The new member of the Qwen-Omni family scales to hundreds of billions of parameters.";
    expect(split("Qwen3.5-Omni Technical ReportQwen Team · alibaba", abstract)).toMatchObject({ title: "Qwen3.5-Omni Technical Report", authors: ["Qwen Team"] });
    expect(split("Gemini 2.5-Pro Technical ReportGemini Team, Jane Roe", "Gemini is a family of models.")).toMatchObject({ title: "Gemini 2.5-Pro Technical Report", authors: ["Gemini Team", "Jane Roe"] });
    // A group's own number, with no dot or lower case in it, still opens its name.
    expect(split("Kilonova Light Curves: Paper I1M2H Collaboration, Ryan J. Foley", "We model kilonovae.", ["1M2H Collaboration"])).toMatchObject({ title: "Kilonova Light Curves: Paper I", authors: ["1M2H Collaboration", "Ryan J. Foley"] });
  });

  it("keeps internal capitals of a first author's family name", () => {
    expect(split("Communication-Efficient Learning of Deep Networks from Decentralized DataH. Brendan McMahan, Eider Moore, Daniel Ramage et al.")).toMatchObject({
      title: "Communication-Efficient Learning of Deep Networks from Decentralized Data",
      authors: ["H. Brendan McMahan", "Eider Moore", "Daniel Ramage"],
    });
  });

  it("takes a name glued to a group word for a group, not the group word alone", () => {
    expect(split("Kimi-Audio Technical ReportKimiTeam, Ding Ding, Zeqian Ju et al. · moonshot-ai")).toMatchObject({
      title: "Kimi-Audio Technical Report",
      authors: ["KimiTeam", "Ding Ding", "Zeqian Ju"],
    });
  });

  it("does not cut a word the abstract names whole", () => {
    const abstract = "We introduce LongCat-Flash, a mixture-of-experts language model.";
    expect(split("LongCat-Flash Technical ReportMeituan LongCat Team, Bayan, Bei Li et al. · meituan", abstract)).toMatchObject({
      title: "LongCat-Flash Technical Report",
      authors: ["Meituan LongCat Team", "Bayan", "Bei Li"],
    });
  });

  it("does not cut a hyphenated word whose part before the hyphen the abstract names", () => {
    const abstract = "We present VinaLLaMA, a language model for Vietnamese built upon LLaMA-2.";
    expect(split("VinaLLaMA: LLaMA-based Vietnamese Foundation ModelQuan Nguyen, Huy Pham, Dung Dao", abstract)).toMatchObject({
      title: "VinaLLaMA: LLaMA-based Vietnamese Foundation Model",
      authors: ["Quan Nguyen", "Huy Pham", "Dung Dao"],
    });
  });

  it("keeps a group whose camel-case words come after its group word", () => {
    // (A rule that took "ByteDance Seed" after "Team" for a person glued to a title was taken out.)
    expect(split("Seed-Thinking: Advancing Superb Reasoning ModelsFoundation Models Team ByteDance Seed, Jiaze Chen, Tiantian Fan et al.", "We introduce Seed-Thinking, a reasoning model.")).toMatchObject({
      title: "Seed-Thinking: Advancing Superb Reasoning Models",
      authors: ["Foundation Models Team ByteDance Seed", "Jiaze Chen", "Tiantian Fan"],
    });
    expect(split("LongCat-Video Technical ReportMeituan LongCat Team, Xunliang Cai, Qilong Huang et al.").authors[0]).toBe("Meituan LongCat Team");
  });

  it("does not cut a word the rest of the byline names whole, with no abstract to tell", () => {
    expect(split("LongCat-Video Technical ReportMeituan LongCat Team, Xunliang Cai, Qilong Huang et al. · meituan")).toMatchObject({
      title: "LongCat-Video Technical Report",
      authors: ["Meituan LongCat Team", "Xunliang Cai", "Qilong Huang"],
    });
  });

  it("takes a bare number ending a title as confirmed by the abstract only with the word before it", () => {
    const step = "We present Step 3.5 Flash, with 196 billion parameters of which only 11 billion are active.";
    expect(split("Step 3.5 Flash: Open Frontier-Level Intelligence with 11B Active ParametersAilin Huang, Ang Li, Aobo Kong et al. · stepfun", step)).toMatchObject({
      title: "Step 3.5 Flash: Open Frontier-Level Intelligence with 11B Active Parameters",
      authors: ["Ailin Huang", "Ang Li", "Aobo Kong"],
    });
    // Nor when the abstract says "with 11", a number after a word that names nothing.
    expect(split("Step 3.5 Flash: Open Frontier-Level Intelligence with 11B Active ParametersAilin Huang, Ang Li, Aobo Kong et al. · stepfun", "A sparse model with 11 billion active parameters.").title).toBe(
      "Step 3.5 Flash: Open Frontier-Level Intelligence with 11B Active Parameters",
    );
    const ngc = "IceCube reports neutrinos from the active galaxy NGC 1068 at 4.2 sigma.";
    expect(split("Evidence for neutrino emission from the nearby active galaxy NGC 1068IceCube Collaboration, R. Abbasi, M. Ackermann et al.", ngc)).toMatchObject({
      title: "Evidence for neutrino emission from the nearby active galaxy NGC 1068",
      authors: ["IceCube Collaboration", "R. Abbasi", "M. Ackermann"],
    });
  });

  it("keeps commas and colons inside titles", () => {
    expect(split("Attend, Infer, Repeat: Fast Scene Understanding with Generative ModelsS. M. Ali Eslami, Nicolas Heess, Theophane Weber et al.")).toMatchObject({
      title: "Attend, Infer, Repeat: Fast Scene Understanding with Generative Models",
      authors: ["S. M. Ali Eslami", "Nicolas Heess", "Theophane Weber"],
    });
  });

  it("uses names seen elsewhere in the listing", () => {
    const known = split("Deep Learning with BERTJacob Devlin", "", ["Jacob Devlin"]);
    expect(known).toMatchObject({ title: "Deep Learning with BERT", authors: ["Jacob Devlin"] });
  });

  it("repairs a person cut in two by a comma", () => {
    expect(split("Strategic Attentive Writer for Learning Macro-ActionsAlexander, Vezhnevets, Volodymyr Mnih et al.")).toMatchObject({
      title: "Strategic Attentive Writer for Learning Macro-Actions",
      authors: ["Alexander Vezhnevets", "Volodymyr Mnih"],
      repairs: [{ parts: ["Alexander", "Vezhnevets"], merged: "Alexander Vezhnevets" }],
    });
  });

  it("finds no author in a line without a glued name", () => {
    expect(split("just some lower-case words")).toMatchObject({ title: "just some lower-case words", authors: [] });
  });

  it("reports a close call with the runner-up reading", () => {
    const parts = split("Learning in GoJohn Smith");
    expect(parts.title).toBe("Learning in Go");
    if (parts.rival) expect(parts.rival.title).not.toBe(parts.title);
  });

  it("ends the title exactly where a Markdown link ends", () => {
    expect(split("[Imagen 3](https://arxiv.org/abs/2408.07009)Imagen-Team-Google, Jason Baldridge")).toMatchObject({
      title: "Imagen 3",
      titleUrl: "https://arxiv.org/abs/2408.07009",
      authors: ["Imagen-Team-Google", "Jason Baldridge"],
    });
  });
});

describe("organisations that name their own work", () => {
  it("takes a one-word organisation the entry names for the first author", () => {
    const parts = split(
      "MiniMax-01: Scaling Foundation Models with Lightning AttentionMiniMax, Aonian Li, Bangwei Gong et al.",
      "We introduce the MiniMax-01 series, including MiniMax-Text-01.",
    );
    expect(parts).toMatchObject({ title: "MiniMax-01: Scaling Foundation Models with Lightning Attention", authors: ["MiniMax", "Aonian Li", "Bangwei Gong"] });
  });

  it("takes an author named like the entry's affiliation for an organisation", () => {
    const parts = split("Cosmos World Foundation Model Platform for Physical AINVIDIA, Niket Agarwal, Arslan Ali et al. · nvidia");
    expect(parts).toMatchObject({ title: "Cosmos World Foundation Model Platform for Physical AI", authors: ["NVIDIA", "Niket Agarwal", "Arslan Ali"] });
    // Or like the first part of an affiliation's slug.
    const phi = split("Phi-4-Mini Technical Report: Compact yet Powerful Multimodal Language Models via Mixture-of-LoRAsMicrosoft, Abdelrahman Abouelenin, Atabak Ashfaq et al. · microsoft-research");
    expect(phi).toMatchObject({ title: "Phi-4-Mini Technical Report: Compact yet Powerful Multimodal Language Models via Mixture-of-LoRAs", authors: ["Microsoft", "Abdelrahman Abouelenin", "Atabak Ashfaq"] });
  });

  it("ends a title at a quantity whose unit has a capital inside", () => {
    // Without an abstract to name "13 TeV": not "…13 Te" by "VCMS Collaboration".
    expect(split("Measurement of the inelastic proton-proton cross section at $\\sqrt{s}=$ 13 TeVCMS Collaboration")).toMatchObject({
      title: "Measurement of the inelastic proton-proton cross section at $\\sqrt{s}=$ 13 TeV",
      authors: ["CMS Collaboration"],
    });
    expect(split("Search for dark photons below 10 keVATLAS Collaboration, Jane Doe")).toMatchObject({ title: "Search for dark photons below 10 keV", authors: ["ATLAS Collaboration", "Jane Doe"] });
  });

  it("takes a group whose first word is the entry's affiliation for that organisation's", () => {
    // The title ends in a name with a digit and a capital, glued to the group: "…170922A" + "IceCube Collaboration",
    // not "…neutrino Ice" by "Cube-170922AIceCube Collaboration".
    const byline = "Multimessenger observations of a flaring blazar coincident with high-energy neutrino IceCube-170922AIceCube Collaboration, Fermi-LAT, MAGIC et al. · icecube";
    expect(split(byline, "Individual astrophysical sources previously detected in neutrinos are limited.")).toMatchObject({
      title: "Multimessenger observations of a flaring blazar coincident with high-energy neutrino IceCube-170922A",
      authors: ["IceCube Collaboration", "Fermi-LAT", "MAGIC"],
    });
    // Another affiliation leaves the reading to the other evidence.
    expect(split(byline.replace("· icecube", "· uw-madison"), "Individual astrophysical sources.").authors[0]).not.toBe("IceCube Collaboration");
  });

  it("tells a self-named organisation from glued title words and people", () => {
    expect(isSelfNamed("MiniMax", "MiniMax-01: Scaling", "")).toBe(true);
    expect(isSelfNamed("DeepMind", "A Title", "We at DeepMind study things.")).toBe(true);
    expect(isSelfNamed("AttentionMiniMax", "MiniMax-01: Scaling", "")).toBe(false);
    expect(isSelfNamed("Max", "MiniMax-01: Scaling", "")).toBe(false);
    expect(isSelfNamed("McAleese", "McAleese et al. revisited", "")).toBe(false);
  });

  it("reads a two-word first author as a group when its first word is what the title is about", () => {
    expect(namesTitleSubject("Seamless Communication", "Seamless: Multilingual Expressive and Streaming Speech Translation")).toBe(true);
    expect(namesTitleSubject("Hugo Touvron", "Llama 2: Open Foundation and Fine-Tuned Chat Models")).toBe(false);
    expect(namesTitleSubject("Seamless Communication Group", "Seamless: Speech")).toBe(false);
    expect(namesTitleSubject("Sea Lion", "Seamless: Speech")).toBe(false);
    // Or opens the title's product name, glued to a capital or a digit; not a word that goes on in lower case.
    expect(namesTitleSubject("Seamless Communication", "SeamlessM4T: Massively Multilingual & Multimodal Machine Translation")).toBe(true);
    expect(namesTitleSubject("Grace Hopper", "Graceful Degradation in Networks")).toBe(false);
    expect(namesTitleSubject("Alan Turing", "Alan Turing and the Halting Problem")).toBe(false);
    // A short given name opens many a product's name.
    expect(namesTitleSubject("Bo Li", "BoTorch: A Framework for Efficient Monte-Carlo Bayesian Optimization")).toBe(false);
    expect(namesTitleSubject("Li Jiang", "LiDAR-Based 3D Detection")).toBe(false);
  });

  it("reads an analysed first author as a group when its entry names it", () => {
    expect(isOwnGroup({ name: "Qwen" }, "Qwen2.5 Technical Report", [])).toBe(true);
    expect(isOwnGroup({ name: "NVIDIA", literal: true }, "Cosmos", ["nvidia"])).toBe(false);
    expect(isOwnGroup({ name: "Seamless Communication", given: "Seamless", family: "Communication" }, "Seamless: Speech", [])).toBe(true);
    expect(isOwnGroup({ name: "Hugo Touvron", given: "Hugo", family: "Touvron" }, "Llama 2: Open Foundation Models", [])).toBe(false);
    // A name of several words that is one of the affiliations, slugged.
    expect(isOwnGroup({ name: "Sakana Ai", given: "Sakana", family: "Ai" }, "The AI Scientist", ["sakana-ai"])).toBe(true);
    expect(isOwnGroup({ name: "Qingyao Ai", given: "Qingyao", family: "Ai" }, "Unbiased Learning to Rank", ["tsinghua"])).toBe(false);
    expect(isOwnGroup({ name: "Smith", given: "Jo", family: "Smith" }, "Smith2 Models", ["smith"])).toBe(false);
  });

  it("reads a lone author word as a group only when the title or an affiliation names it", () => {
    expect(namesItself("Qwen", "Qwen2.5 Technical Report", [])).toBe(true);
    expect(namesItself("Gemma", "Gemma-2: Open Models", [])).toBe(true);
    expect(namesItself("Gemma", "Gemma: Open Models", [])).toBe(false);
    expect(namesItself("Lee", "On Lee Algebras", [])).toBe(false);
    expect(namesItself("Nvidia", "Cosmos", ["nvidia"])).toBe(true);
    expect(namesItself("Microsoft", "Phi-4", ["mit", "microsoft-research"])).toBe(true);
    expect(namesItself("Micro", "Phi-4", ["microsoft-research"])).toBe(false);
    expect(namesItself("Qwen", "Scaling Qwenlike Models", [])).toBe(false);
    expect(namesItself("The", "The Llama 3 Herd of Models", [])).toBe(false);
    expect(namesItself("Simons-matter", "Chern-Simons-matter theories", [])).toBe(false);
  });
});

describe("splitByline with given names of two syllables and letters lost to an encoding", () => {
  it("ends a title glued to a given name of two capitalised syllables before it", () => {
    expect(split("Convergence of latent mixing measures in finite and infinite mixture modelsXuanLong Nguyen")).toMatchObject({
      title: "Convergence of latent mixing measures in finite and infinite mixture models",
      authors: ["XuanLong Nguyen"],
    });
    expect(split("Convergence rates for some weakly identifiable finite mixturesNhat Ho, XuanLong Nguyen")).toMatchObject({
      title: "Convergence rates for some weakly identifiable finite mixtures",
      authors: ["Nhat Ho", "XuanLong Nguyen"],
    });
    // A product named so, ending a title, stays the title's: glued to a title word of one short
    // syllable, or to one the abstract names with the first syllable, two syllables are weighed
    // as any word with a capital inside.
    expect(split("Scaling Laws for LongMin Zhang, Wei Li")).toMatchObject({ title: "Scaling Laws for Long", authors: ["Min Zhang", "Wei Li"] });
    for (const [title, author] of [["Detecting bots on TikTok", "Kai Chen"], ["Scaling DeepSeek", "Kai Dong"], ["Retrieval for WeChat", "Kai Zheng"]]) {
      expect(split(`${title}${author}, Jun Li`)).toMatchObject({ title, authors: [author, "Jun Li"] });
    }
    expect(split("Search at LinkedInMin Liu, Jun Li", "We describe search at LinkedIn.")).toMatchObject({ title: "Search at LinkedIn", authors: ["Min Liu", "Jun Li"] });
    // Or a word products end in, whatever the abstract says: "…ImageNet" + "Yi Tay" is no "NetYi Tay".
    for (const [title, author] of [["Learning Representations with ResNet", "Bo Li"], ["Job Recommendation at Scale on LinkedIn", "Quoc V. Le"], ["Mastering Go with KataGo", "Kai Chen"]]) {
      expect(split(`${title}${author}, Jane Doe`, "We study the problem in depth.")).toMatchObject({ title, authors: [author, "Jane Doe"] });
    }
    expect(split("Greedy Layerwise Learning Can Scale To ImageNetYi Tay, Jun Li", "We present a method.")).toMatchObject({ title: "Greedy Layerwise Learning Can Scale To ImageNet", authors: ["Yi Tay", "Jun Li"] });
  });

  it("reads two capitalised syllables after a longer title word as a given name", () => {
    for (const [title, author] of [
      ["Towards Robust Dialogue Models", "JinYeong Bak"],
      ["Lip Reading for Korean Speech", "SeungJu Han"],
      ["Bidirectional Attention Flow for Machine Comprehension", "MinJoon Seo"],
      ["Diffusion Models Beat GANs", "DongHyun Kim"],
      // Not cut after its first syllable, glued to a camel-case word or a stop.
      ["Variance Penalizing AdaBoost", "MinJoon Seo"],
      ["Which Training Methods for GANs do actually Converge?", "YoungJae Yu"],
      ["Bayesian Inference in Gaussian Process State-Space Models (GP-SSMs)", "ChangHwan Kim"],
    ]) {
      expect(split(`${title}${author}, Jane Roe`, "We present a method.")).toMatchObject({ title, authors: [author, "Jane Roe"] });
    }
    // A product ending the title stays whole before a given name of one syllable, after an
    // acronym or a syllable even when the abstract does not name it.
    for (const [title, author] of [["Early Release Science of WASP-39b with JWST NIRCam", "Bo Li"], ["Array programming with NumPy", "Priya Chen"], ["Image Classification with PCANet", "Kai Chen"]]) {
      expect(split(`${title}${author}, Jane Roe`, "We present a method.")).toMatchObject({ title, authors: [author, "Jane Roe"] });
    }
  });

  it("begins a name at a letter an encoding lost, a '?' glued to the title", () => {
    expect(split("Molecule Attention Transformer?ukasz Maziarka, Tomasz Danel, S?awomir Mucha")).toMatchObject({
      title: "Molecule Attention Transformer",
      authors: ["?ukasz Maziarka", "Tomasz Danel", "S?awomir Mucha"],
    });
    expect(split("Is Attention All You Need?Rylan Schaeffer, Jane Doe")).toMatchObject({ title: "Is Attention All You Need?", authors: ["Rylan Schaeffer", "Jane Doe"] });
    // A part of one long word is searched for a glue point at its end only (a line of junk).
    const junk = split(`${"aB?c".repeat(5000)}Jane Doe`);
    expect(junk.authors).toEqual(["Jane Doe"]);
    // A particle after a question opens a name as it is: no letter was lost.
    expect(split("What Is It?dos Santos Oliveira, Maria Silva")).toMatchObject({ title: "What Is It?", authors: ["dos Santos Oliveira", "Maria Silva"] });
  });
});

describe("splitByline beyond the Latin script", () => {
  it("splits where a caseless script meets a cased title", () => {
    expect(split("Large Language Models for Chinese张伟, 李娜")).toMatchObject({ title: "Large Language Models for Chinese", authors: ["张伟", "李娜"] });
  });

  it("starts no author inside inline math, but reads a lone dollar as a price", () => {
    expect(split("GW190521: A Binary Black Hole Merger with a Total Mass of $150~M_\\odot$LIGO Scientific Collaboration, Virgo Collaboration, R. Abbott et al.")).toMatchObject({
      title: "GW190521: A Binary Black Hole Merger with a Total Mass of $150~M_\\odot$",
      authors: ["LIGO Scientific Collaboration", "Virgo Collaboration", "R. Abbott"],
    });
    expect(split("Robots for Under $5John Smith, Jane Doe")).toMatchObject({ title: "Robots for Under $5", authors: ["John Smith", "Jane Doe"] });
  });

  it("cuts 'et al.' and the affiliations off a byline whose converter dropped the spaces before them", () => {
    expect(split("A Study of ThingsNoel C. F. Codella, David Gutman, M. Emre Celebiet al.· ibm, msk")).toMatchObject({
      title: "A Study of Things",
      authors: ["Noel C. F. Codella", "David Gutman", "M. Emre Celebi"],
      truncated: true,
      affiliations: ["ibm", "msk"],
    });
    // A middle dot inside a word ("Col·legi") or a title's own, before words with spaces, is no affiliation dot.
    expect(split("Col·legi de Catalunya· a study of itJane Doe, John Roe")).toMatchObject({ affiliations: [] });
    // Nor is one before what no slug is ("v2OpenAI"), nor "et Al" without its dot a cut "et al.".
    expect(split("GPT-4 Technical Report· v2OpenAI")).toMatchObject({ title: "GPT-4 Technical Report· v2", authors: ["OpenAI"], affiliations: [] });
    expect(split("A Study of ThingsJane Doe, Ahmet Al")).toMatchObject({ authors: ["Jane Doe", "Ahmet Al"], truncated: false });
  });

  it("reads a hyphen or a dash between spaces before slugs in lower case as the affiliation dot, and leaves one in a title or before other words", () => {
    // VS Code's "Markdown Paste" writes the dot as a hyphen (markdown-65).
    expect(split("Neural SubdivisionHsueh-Ti Derek Liu, Vladimir G. Kim, Siddhartha Chaudhuri et al. - toronto, adobe")).toMatchObject({
      authors: ["Hsueh-Ti Derek Liu", "Vladimir G. Kim", "Siddhartha Chaudhuri"],
      truncated: true,
      affiliations: ["toronto", "adobe"],
    });
    expect(split("A Study of ThingsJane Doe – mit")).toMatchObject({ authors: ["Jane Doe"], affiliations: ["mit"] });
    expect(split("Deep Learning - A ReviewJane Doe, John Roe")).toMatchObject({ title: "Deep Learning - A Review", authors: ["Jane Doe", "John Roe"], affiliations: [] });
    expect(split("A Study of ThingsJane Doe - MIT")).toMatchObject({ affiliations: [] });
    // Only after an author list or "et al.", before slugs with a letter, and only in a card's byline as
    // it is read: a wrapped abstract's line or a title on a line of its own ending " - word" is none.
    const read = (text: string) => parseListing(text, { referenceDate: "2026-11-29" }).papers.map((p) => [p.title, p.authors.map((a) => a.name), p.affiliations, p.abstract]);
    expect(read("CLJul 31, 2024\nGraph Networks for MoleculesJane Doe, John Roe\nGraph Transformers - which\nlearn from molecules - are popular.")).toEqual([["Graph Networks for Molecules", ["Jane Doe", "John Roe"], [], "Graph Transformers - which learn from molecules - are popular."]]);
    expect(read("CLJul 29, 2024\nScaling Laws - revisited\nJane Doe, John Roe\nWe study things.")).toEqual([["Scaling Laws - revisited", ["Jane Doe", "John Roe"], [], "We study things."]]);
    expect(split("A Study of ThingsJane Doe, John Roe – 2")).toMatchObject({ affiliations: [] });
    // A sole author or group before the dash, whatever its shape (a review found 127 of 3,411 such cards lost).
    expect(read("CLJul 29, 2024\nMistral 7BAlbert Q. Jiang - mistral\nWe study.")).toEqual([["Mistral 7B", ["Albert Q. Jiang"], ["mistral"], "We study."]]);
    expect(read("CLJul 29, 2024\nA Study of ThingsOpenAI - openai\nWe study.")).toEqual([["A Study of Things", ["OpenAI"], ["openai"], "We study."]]);
    const linked = parseMarkdownListing("CLJul 29, 2024\n[A Study of Things](https://arxiv.org/abs/2401.00001)H. Brendan McMahan - google\nWe study.", { referenceDate: "2026-11-29" }).papers[0]!;
    expect([linked.authors.map((a) => a.name), linked.affiliations]).toEqual([["H. Brendan McMahan"], ["google"]]);
  });

  it("attaches a suffix set off by a comma", () => {
    expect(split("A Study of ThingsJohn Smith, Jr., Jane Doe")).toMatchObject({ authors: ["John Smith Jr.", "Jane Doe"] });
  });
});

describe("splitByline with a space between the title and its first author", () => {
  // As a PDF's text gives a printed card: the title and the authors are parted by a gap, not glued.
  const spaced = (byline: string, abstract = "") => splitByline(byline, abstract, none, undefined, "listing");

  it("splits where a name follows the title after a space, only when asked", () => {
    expect(spaced("A solution to Ditor's problem Lorenzo Notaro · univie")).toMatchObject({ title: "A solution to Ditor's problem", authors: ["Lorenzo Notaro"], affiliations: ["univie"], authorsOffset: 30 });
    expect(split("A solution to Ditor's problem Lorenzo Notaro · univie")).toMatchObject({ title: "A solution to Ditor's problem Lorenzo Notaro", authors: [] });
    expect(spaced("What can Topology tell us about Logical Complexity? Takayuki Kihara, Ming Ng · nagoya")).toMatchObject({ title: "What can Topology tell us about Logical Complexity?", authors: ["Takayuki Kihara", "Ming Ng"] });
  });

  it("leaves the title's last words in a title-case title, and a given name in a sentence-case one", () => {
    // (A word the abstract names is the title's; of two names shaped alike the shorter wins.)
    expect(spaced("Quant GANs: Deep Generation of Financial Time Series Magnus Wiese, Robert Knobloch, Ralf Korn", "Modeling financial time series by stochastic processes is hard.")).toMatchObject({
      title: "Quant GANs: Deep Generation of Financial Time Series",
      authors: ["Magnus Wiese", "Robert Knobloch", "Ralf Korn"],
    });
    const logic = spaced("Positional Properties in Temporal Logic Jessica Newman, Benjamin Plummer");
    expect(logic.title).toBe("Positional Properties in Temporal Logic");
    // (A close call, reported with the other reading.)
    expect(logic.rival).toMatchObject({ title: "Positional Properties in Temporal", authors: ["Logic Jessica Newman", "Benjamin Plummer"] });
    expect(spaced("A formalization of forcing and the unprovability of the continuum hypothesis Jesse Michael Han, Floris van Doorn").authors).toEqual(["Jesse Michael Han", "Floris van Doorn"]);
    // (An initial or a particle does not open a first author after a capitalised word.)
    expect(spaced("Quasi-Centralized Limit Order Books Martin D. Gould, Mason A. Porter, Sam D. Howison").authors[0]).toBe("Martin D. Gould");
    expect(spaced("Towards Improved Generalization in Financial Markets with Synthetic Data Generation Brandon Da Silva, Sylvie Shang Shi").authors[0]).toBe("Brandon Da Silva");
  });

  it("joins a title wrapped above such a byline with a space, when the abstract names the line's first word", () => {
    const card = (abstract: string) => ["SYMar 3", "On the Isospectral Nature of Minimum-Shear Covariance", "Control Ralph Sabbagh, Asmaa Eldesoukey, Mahmoud Abdelgalil · kaust", abstract].join("\n");
    const read = (abstract: string) => parseListing(card(abstract), { referenceDate: "2026-11-26" }).papers[0]!;
    expect(read("We study covariance control with minimum shear.")).toMatchObject({ title: "On the Isospectral Nature of Minimum-Shear Covariance Control" });
    expect(read("We study covariance control with minimum shear.").authors[0]!.name).toBe("Ralph Sabbagh");
    // (Without that evidence, the wrap fell where the site glued the authors on: a first author of three words.)
    expect(read("We study the shear of flows.").authors[0]!.name).toBe("Control Ralph Sabbagh");
  });

  it("joins such a wrapped title with a space, whatever the abstract, once the listing's bylines show a space", () => {
    const spacedCards = [
      "LOJun 27", "A solution to Ditor's problem Lorenzo Notaro · univie", "We study lattices.",
      "TRJun 11", "Realtime price impact detection for trading Ilija I Zovko", "We test each fill.",
      "LOMay 13", "What can Topology tell us about Logical Complexity? Takayuki Kihara, Ming Ng · nagoya", "A short survey.",
    ];
    const wrapped = ["TRMar 4, 2020", "Robust Market Making via Adversarial Reinforcement", "Learning Thomas Spooner, Rahul Savani · liverpool", "Agents trained against an adversary become risk averse."];
    const last = (lines: string[]) => parseListing(lines.join("\n"), { referenceDate: "2026-11-26" }).papers.at(-1)!;
    expect(last([...spacedCards, ...wrapped])).toMatchObject({ title: "Robust Market Making via Adversarial Reinforcement Learning" });
    expect(last([...spacedCards, ...wrapped]).authors[0]!.name).toBe("Thomas Spooner");
    // (Alone, the wrap may have fallen where the site glued the authors on.)
    expect(last(wrapped).authors[0]!.name).toBe("Learning Thomas Spooner");
  });

  it("invents no author for a title that lost its byline, and joins no given name to a title the abstract does not name with it", () => {
    const read = (lines: string[]) => parseListing(lines.join("\n"), { referenceDate: "2026-11-26" });
    const lost = read(["CVDec 10, 2015", "Deep Residual Learning for Image Recognition", "Deeper neural networks are more difficult to train; we ease image recognition."]);
    expect(lost.papers[0]).toMatchObject({ title: "Deep Residual Learning for Image Recognition", authors: [] });
    expect(lost.diagnostics.map((d) => d.code)).toContain("no-authors");
    // (A title on its own line above its author list: "young" of "young stars" is no title word.)
    const young = read(["GAFeb 10, 2025", "Star Formation in Dense Molecular Clouds", "Young Jae Lee, Jane Doe, John Roe", "We ask how young stars form in dense clouds."]).papers[0]!;
    expect([young.title, young.authors[0]!.name]).toEqual(["Star Formation in Dense Molecular Clouds", "Young Jae Lee"]);
  });

  it("weighs a spaced reading where the glue would cut a name or a word the abstract names", () => {
    expect(spaced("Bandits with Partial Feedback Jean-Pierre Dupont, Jane Roe · inria").authors[0]).toBe("Jean-Pierre Dupont");
    expect(spaced("Deep Generation of Financial Series with Quant GANs Magnus Wiese, Ralf Korn", "We train GANs on returns.").authors[0]).toBe("Magnus Wiese");
    expect(spaced("Language Agents that Learn Nat McAleese, Jane Roe · deepmind").authors[0]).toBe("Nat McAleese");
    expect(spaced("Fine-tuning Recipes for Mistral 7B Jane Doe, John Roe · mistral", "We fine-tune Mistral 7B on many tasks.")).toMatchObject({ title: "Fine-tuning Recipes for Mistral 7B", authors: ["Jane Doe", "John Roe"] });

  });

  it("reads a spaced byline the same whole and as a stream, a name seen later lifting it or not", async () => {
    const text = ["LGFeb 10, 2025", "A study of young stars Young Jae Lee, Jane Doe", "We study young stars in clusters.", "LGFeb 11, 2025", "Another TitleJane Roe, Young Jae Lee", "We study things."].join("\n");
    const options = { referenceDate: "2026-11-26" };
    const streamed: unknown[] = [];
    for await (const event of parseListingStream([text.slice(0, 80), text.slice(80)], options)) if (event.type === "paper") streamed.push(event.paper);
    expect(streamed).toEqual(parseListing(text, options).papers);
  });

  it("tells a byline's style where title meets authors, for the listing's count", () => {
    const styles: [string, "glued" | "spaced" | undefined][] = [
      ["A solution to Ditor's problem Lorenzo Notaro · univie", "spaced"],
      ["Deep Learning Statistical Arbitrage Jorge Guijarro-Ordonez, Markus Pelger", "spaced"],
      ["Language Agents that Learn to Talk Nat McAleese, Jane Roe", "spaced"],
      ["Language Agents that Learn to Talk D.J. Smith, Jane Roe", "spaced"],
      ["Gemma 2: Improving Open Language Models at a Practical SizeGemma Team, Morgane Riviere", "glued"],
      ["Segment Anything in High Quality, Fast and CheapJane Doe, John Roe", "glued"],
      ["Jane Doe, John Roe", undefined],
      // (An author's own capitals glue nothing; a second author's initials neither; a title word of two letters may.)
      ["A solution to the problem Lorenzo Notaro, Jake VanderPlas, Bob Lee", "spaced"],
      ["Language Agents that Learn to Talk Jane Roe, D.J. Smith, Bob Lee", "spaced"],
      ["Mastering the Game of GoDavid Silver, Aja Huang", "glued"],
    ];
    expect(styles.map(([byline]) => bylineStyle(prepareByline(byline).parts))).toEqual(styles.map(([, style]) => style));
  });

  it("keeps a glued reading whose first author is plainly a name, a group or long", () => {
    expect(spaced("Gemma 2: Improving Open Language Models at a Practical SizeGemma Team, Morgane Riviere, Shreya Pathak et al. · deepmind")).toMatchObject({ title: "Gemma 2: Improving Open Language Models at a Practical Size", authors: ["Gemma Team", "Morgane Riviere", "Shreya Pathak"] });
    expect(spaced("Graph Convolutional Matrix CompletionRianne van den Berg, Thomas N. Kipf, Max Welling").authors[0]).toBe("Rianne van den Berg");
    expect(spaced("First M87 Event Horizon Telescope Results. I. The Shadow of the Supermassive Black HoleThe Event Horizon Telescope Collaboration, Kazunori Akiyama", "The Event Horizon Telescope imaged M87.").authors[0]).toBe("The Event Horizon Telescope Collaboration");
    // A glued "first author" of title words the abstract names gives way: "…with 1" by "D Time-Channel …".
    expect(spaced("QuartzNet: Deep Automatic Speech Recognition with 1D Time-Channel Separable Convolutions Samuel Kriman, Stanislav Beliaev, Boris Ginsburg", "QuartzNet is composed of 1D time-channel separable convolutions.")).toMatchObject({
      title: "QuartzNet: Deep Automatic Speech Recognition with 1D Time-Channel Separable Convolutions",
      authors: ["Samuel Kriman", "Stanislav Beliaev", "Boris Ginsburg"],
    });
  });
});
