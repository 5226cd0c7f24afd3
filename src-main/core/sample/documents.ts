// The built-in sample project: four original accounts of one invented event (a fire at a
// harbour fuel depot in the invented town of Velmora) that disagree the way real accounts do.
// Every place, person and organisation here is made up; README.md lists the planted disagreements.

export interface SampleDocument {
  /** The name the file would have had on disk; its extension decides how it is read. */
  readonly fileName: string;
  readonly content: string;
}

// A plain-text clipping of a regional newspaper, with the browser warning, image caption,
// photo credit and newsletter line a copy-paste from a news site brings along.
const heraldReport = `This browser is no longer supported. Please switch to a supported browser to continue reading.

Three dead after blast at Velmora harbour fuel depot

Fire crews worked through the night to stop the blaze reaching neighbouring tanks on Quay Seven.

Image: Smoke drifts over the fuel tanks on Quay Seven, seen from the Ostra bridge on Wednesday morning
Katrin Solvay / Ostra Valley Herald

By Mirela Dask
Ostra Valley Herald
11 September 2025

VELMORA — Three people were killed and eleven injured when an explosion tore through a fuel depot in the town's harbour shortly after 11pm on Tuesday, the Ostra Valley Fire Service said.

The blast, at the storage terminal on Quay Seven run by the Velmora Harbour Authority, set two diesel tanks alight and sent a column of black smoke over the lower town. Residents living within 500 metres of the quay were taken to the sports hall on Mill Road overnight and allowed home on Wednesday afternoon.

Chief Officer Marten Hale of the fire service said the fire was under control by four in the morning. "My crews kept it away from the petrol tanks, and that is the only reason we are not counting far more dead," he said.

Two of the dead were night-shift workers at the terminal. The third was a lorry driver who had been waiting on the quay to load. Their names have not been released. Eight of the injured were treated at St Aurel's Hospital and have gone home; three remain in a serious condition.

Ilya Voronyev, director of operations at the Velmora Harbour Authority, said early findings pointed to a pressure fault in a transfer valve between the two diesel tanks. "Everything we have seen so far points to a valve that failed, not to anything sinister," he said. He added that the valve had been inspected in March and passed.

The authority has suspended all fuel transfers on Quay Seven while the state safety inspectorate carries out its own investigation.

Speaking outside the town hall on Wednesday, Mayor Dalia Orsen said the town owed the families a full account. "We will not rest until every family has the answers it is owed," she said.

Some residents of Tanner Street, which backs onto the quay, said they had complained for years about the smell of fuel and about lorries queuing through the night. A petition calling for the depot to be moved out of the town centre gathered more than two thousand signatures in 2023, but the council took no action.

Police said there was no reason at this stage to treat the explosion as deliberate, but that they would examine any information the public could provide.

Sign up for the Herald's morning newsletter and get the valley's news in your inbox before 7am.
`;

// A second outlet's web page as saved from the browser: chrome around the article, and an
// inline script and an onerror handler that an import must never let run or show up as text.
const riverlinePage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>At least five killed in Velmora depot explosion as police examine sabotage claim | Riverline News</title>
<meta name="author" content="Tomas Berglund">
<meta property="og:site_name" content="Riverline News">
<meta property="og:title" content="At least five killed in Velmora depot explosion as police examine sabotage claim">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-09-10T07:20:00+02:00">
<meta name="description" content="The Port of Velmora Board says it has found signs of deliberate interference at the Quay Seven terminal.">
<script>
  window.riverlineAnalytics = { page: 'velmora-depot', marker: 'SAMPLE_SCRIPT_MUST_NOT_RUN' };
  document.addEventListener('DOMContentLoaded', function () { document.title = 'SAMPLE_SCRIPT_MUST_NOT_RUN'; });
</script>
</head>
<body>
<div class="cookie-banner" role="dialog">
  <p>We use cookies to personalise content and to analyse our traffic. By continuing to browse you accept our use of cookies.</p>
  <button>Accept all</button> <button>Manage settings</button>
</div>
<header>
  <a class="logo" href="/">Riverline News</a>
  <nav>
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/region">Region</a></li>
      <li><a href="/politics">Politics</a></li>
      <li><a href="/business">Business</a></li>
      <li><a href="/weather">Weather</a></li>
    </ul>
  </nav>
</header>
<main>
<article>
  <h1>At least five killed in Velmora depot explosion as police examine sabotage claim</h1>
  <p class="byline">By Tomas Berglund, Riverline News · <time datetime="2025-09-10T07:20:00+02:00">10 September 2025</time></p>
  <figure>
    <img src="/media/velmora-quay-seven.jpg" alt="Firefighters at the Quay Seven terminal" onerror="this.onerror=null; this.src='/media/placeholder.jpg'; fetch('/beacon?SAMPLE_HANDLER_MUST_NOT_RUN')">
    <figcaption>Firefighters at the Quay Seven terminal in Velmora early on Wednesday. Photo: Riverline News</figcaption>
  </figure>
  <p>At least five people died and more than twenty were injured when a fuel terminal exploded in the harbour of Velmora at about 11.40pm last night, emergency services said, as the company that runs the site suggested the blast may not have been an accident.</p>
  <p>The Port of Velmora Board, which operates the Quay Seven terminal, said on Wednesday morning that its engineers had found "evidence of deliberate interference" with a fuel line near the tank that exploded. The board's chair, Oskar Telling, said a padlock on a service hatch had been cut. "This was not wear and tear. Someone was inside our perimeter who had no business there," he said.</p>
  <p>Ostra Valley Police confirmed that officers were examining the board's claim but said it was too early to speak of sabotage. A spokesperson said the site had been sealed and that forensic teams would remain there for several days.</p>
  <p>Ilia Voroniev, the board's operations director, was more cautious than his chair. "It is too early to say what caused it, and I will not guess while people are still in hospital," he told Riverline News at the harbour gate.</p>
  <p>Witnesses described a single loud explosion followed by a fireball that lit up the river. Homes within a kilometre of the quay were evacuated during the night, and several streets in the lower town remained closed on Wednesday morning.</p>
  <p>Mayor Dalia Orsen, who visited the injured at St Aurel's Hospital before dawn, said the city would not stop until each family gets the answers it deserves.</p>
  <p>The dockworkers' union rejected the board's account. Its local secretary, Benedek Aro, said members had reported leaking valves on Quay Seven at least three times this year. "Talk of saboteurs is a convenient story for people who did not pay for repairs," he said.</p>
  <p>The terminal stores diesel and petrol for river barges and for the region's bus fleet. The board said it did not expect shortages.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/region/ostra-bridge-repairs">Ostra bridge repairs delayed until spring</a></li>
    <li><a href="/business/velmora-harbour-budget">Velmora council approves harbour budget after long debate</a></li>
    <li><a href="/region/tanner-street-petition">Tanner Street residents renew call to move fuel depot</a></li>
  </ul>
</aside>
</main>
<footer>
  <p>© 2025 Riverline News. All rights reserved.</p>
</footer>
</body>
</html>
`;

// A think-tank's Markdown brief, written two weeks on, with front matter as a static site keeps it.
const policyBrief = `---
title: "After Quay Seven: deferred maintenance and the Velmora depot fire"
author: Anneke Rusu
publisher: Ostra Policy Forum
date: 2025-09-24
---

# After Quay Seven: deferred maintenance and the Velmora depot fire

## Summary

The explosion at the Quay Seven fuel terminal in Velmora killed four people and has been followed by two competing stories: one of an ageing valve that failed, one of an intruder who made it fail. This brief sets out what is known, what is claimed, and what the public record can and cannot support.

## What happened

According to the terminal's own alarm log, which the Velmora Harbour Authority released to the regional assembly, a pressure alarm on the transfer line between tanks 3 and 4 sounded at 23:12 on 9 September. The explosion followed within two minutes. The coroner's office has confirmed four deaths: three people died at the scene and a fourth, a terminal worker, died in hospital on 15 September. Early broadcast reports of five or more dead were not borne out.

Two days later, the Velmora Harbour Authority suspended all fuel transfers at Quay Seven. It has not said when they will resume.

## Two explanations

On the morning after the fire, the authority's chair said engineers had found a cut padlock on a service hatch and spoke of **deliberate interference**. The same day, his own director of operations, Ilya Voronyev, told reporters that the evidence pointed to a failed valve. The authority has never reconciled the two statements.

A cut padlock shows that someone opened a hatch at some point. It does not show when, or that the opening had anything to do with the valve. Firefighters cutting their way into a burning site is one obvious alternative that the authority has not ruled out.

The maintenance record is more telling:

| Item | Required | Last done |
| --- | --- | --- |
| Full inspection of transfer valves | every 12 months | June 2022 |
| Pressure test of tanks 3 and 4 | every 24 months | March 2021 |
| Leak reports logged by staff in 2025 | — | 3 |

The authority has said the valve "was inspected in March and passed". The inspection it cites was a visual check, not the full inspection the terminal's licence requires.

## What should follow

1. The state safety inspectorate should publish its findings in full, including the alarm log and the maintenance record.
2. The authority should stop speaking of sabotage unless the police say there is evidence for it.
3. The council should revisit the 2023 petition to move fuel storage out of the lower town, which it shelved without a vote.

Sabotage cannot be excluded until the police inquiry ends. But on the record published so far, the likelier explanation is the ordinary one: a valve that was overdue for inspection failed under pressure on a busy night, on a quay where staff had been reporting leaks all year.

*Anneke Rusu is a senior fellow at the Ostra Policy Forum, where she works on the safety of public infrastructure.*
`;

// A resident's blog post, pasted as plain text (blog name, post title, byline): a witness
// account with its own timeline and the rumours of the street.
const witnessPost = `The Lower Quay Dispatch

What I saw on Quay Seven

By Hanne Mirow · 14 September 2025

I have lived on Tanner Street for nineteen years, and I have never heard a sound like the one I heard last Tuesday.

It was about half past ten at night. I was walking the dog along the harbour wall, as I do every night before bed, and I had just turned back at the old crane when there was a bang from the direction of the fuel tanks. Not a huge one. Then, perhaps ten seconds later, a second bang that I felt in my chest, and the whole sky over the quay went orange.

I want to write down what I saw while it is still clear in my head, because what I read in the papers does not match it.

Before the first bang, I saw a white van parked by the service gate of the terminal with its lights off. I noticed it because lorries never park on that side. After the second bang it drove off towards the Ostra bridge with its lights still off. I told this to a police officer the next morning, and he wrote it down, but nobody has come back to me since.

The radio says three people died. The Riverline website said five. People on Tanner Street are saying a dozen, and that the real number is being kept quiet because some of the men on the night shift were working without papers. I do not know if that is true. I know that the Kovač family's eldest son worked nights on the quay and nobody has seen him since.

On Friday the harbour board held a meeting in the church hall. Mr Voroniev from the board stood up and said it was a valve, that valves fail, and that they were very sorry. Somebody shouted at him about the van. He said that was a matter for the police. Then a man from the union said the valves had been leaking all year and the board knew it. It was not a calm meeting.

I am not an engineer. Maybe it was a valve. But I heard two bangs, not one, and I saw a van with no lights. If it was an accident, why was that van there?

The mayor says she will not rest until every family has answers. We are a family on this street too, all of us, and we are waiting.

If you were on the harbour wall that night and saw anything, please leave a comment below or write to me. I will pass on anything you send to the police.
`;

export const sampleDocuments: readonly SampleDocument[] = [
  { fileName: 'ostra-valley-herald-three-dead.txt', content: heraldReport },
  { fileName: 'riverline-news-velmora-explosion.html', content: riverlinePage },
  { fileName: 'ostra-policy-forum-after-quay-seven.md', content: policyBrief },
  { fileName: 'lower-quay-dispatch-what-i-saw.txt', content: witnessPost },
];
