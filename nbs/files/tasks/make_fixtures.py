"""Write the tiny task fixtures of nbs/13_tasks (one parquet file per split, laid out as a local hub) into this folder.

Run from anywhere: `python nbs/files/tasks/make_fixtures.py`. The rows were written for this project (MIT, like the code),
in the style and schema of each hub dataset but not taken from it. Scores on them mean nothing: they exercise the code offline.
"""
import sys
from pathlib import Path
import pyarrow as pa, pyarrow.parquet as pq

def _mc(question, choices, answer, subject): return dict(question=question, subject=subject, choices=choices, answer=answer)
def _arc(id, question, texts, labels, answer): return dict(id=id, question=question, choices=dict(text=texts, label=labels), answerKey=answer)
def _chat(*turns): return dict(messages=[dict(content=text, role=role) for role, text in turns], source='fixture')
def _code(i, prompt, solution, test, entry): return dict(task_id=f"Fixture/{i}", prompt=prompt, canonical_solution=solution, test=test, entry_point=entry)

TASK_FIXTURES = { # <repo>/<subset>/<split> -> rows, in the hub's schema for that dataset; written for this project
    'HuggingFaceTB/smol-smoltalk/default/train': [
        _chat(('user', 'What is the capital of France?'), ('assistant', 'The capital of France is Paris.')),
        _chat(('system', 'You are a concise assistant.'), ('user', 'Give me a synonym for happy.'), ('assistant', 'Cheerful.')),
        _chat(('user', 'Can you suggest a name for a pet turtle?'), ('assistant', 'How about Shelly?'),
              ('user', 'Something funnier, please.'), ('assistant', 'Sir Crawls-a-Lot.')),
        _chat(('user', 'Write a haiku about rain.'), ('assistant', 'Soft rain on the roof\nthe garden drinks quietly\nmorning smells of earth'))],
    'HuggingFaceTB/smol-smoltalk/default/test': [
        _chat(('user', 'How many legs does a spider have?'), ('assistant', 'A spider has eight legs.')),
        _chat(('user', "Translate 'good night' into Spanish."), ('assistant', 'Buenas noches.'))],
    'cais/mmlu/all/auxiliary_train': [
        _mc('Which gas do plants absorb from the air for photosynthesis?', ['Oxygen', 'Carbon dioxide', 'Nitrogen', 'Helium'], 1, ''),
        _mc('What is 7 multiplied by 8?', ['54', '56', '64', '48'], 1, ''),
        _mc('Which planet is known as the Red Planet?', ['Venus', 'Jupiter', 'Mars', 'Saturn'], 2, ''),
        _mc('Water freezes at what temperature in degrees Celsius?', ['0', '32', '100', '-10'], 0, '')],
    'cais/mmlu/all/test': [
        _mc('What is the derivative of x^2 with respect to x?', ['x', '2x', 'x^2', '2'], 1, 'high_school_mathematics'),
        _mc('Which organ pumps blood through the human body?', ['Liver', 'Lungs', 'Heart', 'Kidney'], 2, 'anatomy'),
        _mc('In computing, what does CPU stand for?', ['Central Processing Unit', 'Computer Power Unit', 'Core Program Utility',
                                                       'Central Peripheral Usage'], 0, 'high_school_computer_science'),
        _mc('Which of these is a prime number?', ['21', '27', '29', '33'], 2, 'elementary_mathematics')],
    'openai/gsm8k/main/train': [
        dict(question='Mia buys 3 notebooks at $4 each and a pen for $2. How much does she spend?',
             answer='The notebooks cost 3 * 4 = <<3*4=12>>12 dollars.\nWith the pen she spends 12 + 2 = <<12+2=14>>14 dollars.\n#### 14'),
        dict(question='A train travels 60 miles per hour for 2.5 hours. How far does it go?',
             answer='It travels 60 * 2.5 = <<60*2.5=150>>150 miles.\n#### 150'),
        dict(question='Sam had 1,200 stamps and gave away a quarter of them. How many are left?',
             answer='He gave away 1200 / 4 = <<1200/4=300>>300 stamps.\nHe has 1200 - 300 = <<1200-300=900>>900 left.\n#### 900')],
    'openai/gsm8k/main/test': [
        dict(question='Leo reads 12 pages a day. How many pages does he read in a week?', answer='In a week he reads 12 * 7 = <<12*7=84>>84 pages.\n#### 84'),
        dict(question='A box holds 6 eggs. How many boxes are needed for 45 eggs?', answer='45 / 6 = <<45/6=7.5>>7.5, so 8 boxes are needed.\n#### 8'),
        dict(question='Ana earns $1,500 a month and saves $250. How much does she spend in a year?',
             answer='She spends 1500 - 250 = <<1500-250=1250>>1250 a month.\nIn a year that is 1250 * 12 = <<1250*12=15000>>15000.\n#### 15,000')],
    'allenai/ai2_arc/ARC-Easy/test': [
        _arc('Fixture-Easy-1', 'Which of these is a source of light?', ['the Moon', 'the Sun', 'a mirror', 'a rock'], list('ABCD'), 'B'),
        _arc('Fixture-Easy-2', 'What do seeds need to sprout?', ['water', 'salt', 'plastic'], list('ABC'), 'A'),
        _arc('Fixture-Easy-3', 'Which tool measures temperature?', ['ruler', 'scale', 'thermometer', 'clock'], list('1234'), '3')],
    'allenai/ai2_arc/ARC-Challenge/test': [
        _arc('Fixture-Challenge-1', 'Which change is an example of a chemical change?', ['ice melting', 'paper burning', 'glass breaking', 'water boiling'], list('ABCD'), 'B'),
        _arc('Fixture-Challenge-2', 'Why does a metal spoon feel colder than a wooden spoon at the same temperature?',
             ['metal conducts heat away from the hand faster', 'metal is always colder', 'wood produces heat', 'metal reflects light'], list('ABCD'), 'A'),
        _arc('Fixture-Challenge-3', 'Which layer of Earth is mostly liquid?', ['crust', 'mantle', 'outer core', 'inner core', 'atmosphere'], list('ABCDE'), 'C')],
    'openai/openai_humaneval/openai_humaneval/test': [
        _code(0, 'from typing import List\n\n\ndef running_sum(numbers: List[int]) -> List[int]:\n    """Return the running totals of numbers.\n    >>> running_sum([1, 2, 3])\n    [1, 3, 6]\n    """\n',
              '    total, out = 0, []\n    for n in numbers:\n        total += n\n        out.append(total)\n    return out\n',
              '\n\ndef check(candidate):\n    assert candidate([]) == []\n    assert candidate([1, 2, 3]) == [1, 3, 6]\n    assert candidate([5, -5]) == [5, 0]\n', 'running_sum'),
        _code(1, 'import math\n\n\ndef circle_area(radius: float) -> float:\n    """Area of a circle of the given radius.\n    >>> round(circle_area(1.0), 5)\n    3.14159\n    """\n',
              '    return math.pi * radius ** 2\n',
              '\n\ndef check(candidate):\n    assert abs(candidate(1.0) - math.pi) < 1e-9\n    assert candidate(0) == 0\n', 'circle_area')],
}

def write_task_fixtures(root:Path):
    "Write `TASK_FIXTURES` as one parquet file per split under `root`, laid out as a local hub."
    for split, rows in TASK_FIXTURES.items():
        (root/split).mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows), root/split/'00000.parquet')

if __name__ == '__main__': write_task_fixtures(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
