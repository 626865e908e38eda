"""Common given names, by the gender they usually go with: enough to tell "Mark's husband" (a same-sex
couple) from "Priya's husband", and to recognise a bare first name as a person. Ambiguous names
(Sam, Alex, Jordan) are in neither list, so they never decide the gender."""

from __future__ import annotations

MALE = frozenset(
    """Aaron Abdul Adam Adrian Ahmed Ahmet Alan Albert Alejandro Ali Amir Andre Andreas Andrew Andy Anton Antonio
    Arjun Arthur Ben Benjamin Bernard Bill Bob Boris Brian Bruce Carl Carlos Charles Chris Christopher Colin Craig
    Daniel Dave David Dennis Derek Diego Dmitri Doug Duncan Ed Edward Emil Eric Erik Ethan Felix Fernando Francis
    Frank Fred Gabe Gabriel Gareth Gary George Gerald Giovanni Graham Greg Gregory Gustavo Hamid Hans Harry Hassan
    Henry Hiroshi Hugo Ian Igor Ivan Jack Jacob Jakob James Jan Jason Javier Jeff Jens Jim Joe Johan John Jon
    Jonas Jonathan Jorge Jose Joseph Juan Julian Karl Kenji Kevin Khalid Klaus Kofi Kwame Lars Lee Leo Liam Lorenzo
    Luca Lucas Luis Luke Malik Marco Marcus Mario Mark Martin Matt Matteo Matthew Max Michael Miguel Mike Mohamed
    Mohammed Muhammad Nathan Neil Nick Nicolas Nikolai Noah Olaf Oliver Omar Oscar Owen Pablo Patrick Paul Pavel
    Pedro Peter Philip Pierre Rafael Rahul Raj Ravi Raymond Ricardo Richard Rob Robert Roberto Rohan Roman Ryan
    Salvador Sanjay Scott Sean Sebastian Sergei Simon Stefan Stephen Steve Steven Sven Takeshi Tariq Thomas Tim
    Timothy Tom Tomasz Tony Victor Vikram Vincent Walter Wei William Wojciech Yusuf Yuri Zoran""".split()
)
FEMALE = frozenset(
    """Aaliyah Abigail Ada Agnes Aiko Aisha Alice Alicia Amanda Amara Amelia Amy Ana Anastasia Andrea Angela Anita
    Ann Anna Anne Annika Astrid Ayse Barbara Beatriz Bianca Carla Carmen Caroline Catherine Charlotte Chloe
    Claire Clara Claudia Daniela Diana Dragana Elena Elif Eliza Elizabeth Ella Ellen Emily Emma Erika Eva Fatima
    Fiona Francesca Freya Gabriela Grace Hana Hannah Harriet Heather Helen Helena Ilse Ines Ingrid Irene Isabel
    Isabella Jana Jane Janet Jennifer Jessica Jill Joanna Julia Julie Karen Katarina Kate Katherine Katie Laura
    Layla Leila Lena Lina Linda Lisa Liz Lucia Lucy Maria Marie Marina Marta Mary Maya Mei Mia Michelle Monica
    Nadia Naomi Natalia Natasha Nina Noor Olga Olivia Paula Petra Pia Priya Rachel Rebecca Rosa Ruth Sabine Sara
    Sarah Selin Sofia Sonja Sophie Sunita Susan Svetlana Tanya Teresa Valentina Vanessa Vera Victoria Yasmin
    Yuki Zainab Zeynep Zoe""".split()
)
