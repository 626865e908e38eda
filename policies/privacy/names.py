"""Common given names, by the gender they usually go with: enough to tell "Mark's husband" (a same-sex
couple) from "Priya's husband", and to recognise a bare first name as a person (Catalan ones too: "la Montse",
"en Oriol"). Ambiguous names (Sam, Alex, Jordan) are in neither list, so they never decide the gender."""

from __future__ import annotations

import unicodedata

from policies.privacy.names_diminutives import DIMINUTIVE_FEMALE, DIMINUTIVE_MALE
from policies.privacy.names_regional import REGIONAL_FEMALE, REGIONAL_MALE
from policies.privacy.names_south_asian import SOUTH_ASIAN_FEMALE, SOUTH_ASIAN_MALE

MALE = frozenset(
    """Aaron Abdul Adam Adrian Ahmed Ahmet Alan Albert Alejandro Alessandro Alfie Ali Amir Amit Anders Andre
    Andreas Andrew Andrzej Andy Anil Antoine Anton Antonio Arash Arjun Arthur Ben Benjamin Bernard Bernd Bill
    Bob Boris Bram Brian Bruce Bruno Callum Carl Carlos Charles Chidi Chris Christopher Colin Conor Craig Daniel
    Darnell Dave David DeShawn Declan Dennis Derek Diego Dieter Dirk Dmitri Dominik Doug Duncan Ed Edward Emeka
    Emil Emre Enzo Eric Erik Ethan Etienne Fabian Farhad Felix Fernando Florian Francesco Francis Frank Fred
    Frederik Gabe Gabriel Gareth Gary George Gerald Gianluca Giovanni Giuseppe Gonzalo Graham Greg Gregory
    Guillaume Gunnar Gustavo Hamid Hamish Hans Harry Haruto Hassan Hector Henrik Henry Hiroshi Horst Hugo Ian
    Ibrahim Ignacio Igor Ivan Jack Jacob Jakob Jakub Jamal James Jan Jason Javier Jeff Jens Jim Joao
    Joaquin Jochen Joe Johan John Jon Jonas Jonathan Joost Jorge Jose Joseph Juan Julian Julien Jürgen
    Karim Karl Kasper Kemal Kenji Kenta Kevin Khalid Klaus Kofi Krzysztof Kwame Lars Laurent Leandro Lee Leo
    Liam Lorenzo Louis Luca Lucas Luis Lukas Luke Mads Magnus Malcolm Malik Marc Marcelo Marco Marcus Marek
    Mario Mark Martin Mateo Mathieu Matt Matteo Matthew Matthias Max Mehmet Michael Miguel Mikael Mike Mohamed
    Mohammed Moritz Muhammad Mustafa Nathan Neil Nick Nicolas Nikolai Nils Noah Olaf Oliver Olivier Omar Oscar
    Oskar Owen Pablo Paddy Patrick Paul Pavel Pedro Peter Philip Pierre Pieter Piotr Rafael Rahul Raj Ramesh
    Rashid Rasmus Raul Ravi Raymond Reza Ricardo Richard Rob Robert Roberto Rodrigo Rohan Rolf Roman Rory Ryan
    Salvador Sander Sanjay Scott Sean Sebastian Sergei Sergio Sevan Simon Sipho Stefan Stefano Stephen Steve
    Steven Sunil Sven Sören Takeshi Tariq Thabo Theo Thiago Thomas Thorsten Tim Timothy Tobias Tom Tomasz Tony
    Tunde Tyrone Uwe Victor Vikram Vincent Vitor Walter Wei Wiktor William Wojciech Youssef Yuri Yusuf Zoran
    Ahmad Alexei Alexey Alvaro Andrei Andres Andrés Arman Avi Bilal Bogdan Chukwuma Davide Deepak Dimitri Dimitris
    Dmitry Eitan Emmanuel Esteban Fabio Faisal Farid Federico Felipe Femi Florin Floyd Ganesh Giorgio Giorgos
    Glenn Gordon Hamza Harold Haruki Hernán Howard Hugh Imran Iñaki Jarrah Jeffrey Jerry Jesse Joaquim Joel Jordi
    Josh Joshua Julio Justin Karan Keith Ken Kenneth Kirk Kojo Kurt Kwabena Kwaku Kwesi Kyle Larry Leonard Lewis
    Lloyd Mahesh Marcos Marvin Massimo Mateus Matías Mauricio Melvin Mihai Mikhail Mitch Moshe Nasser Nate Neal
    Nigel Nikhil Nikolaos Nikos Noam Noel Norman Nuno Obinna Oleg Otto Paolo Pete Phil Prakash Quentin Radu Rajesh
    Ralph Rami Randall Randy Raúl Riccardo Rick Ricky Rodney Roger Rohit Ron Ronald Ross Roy Rui Russell Rustam
    Samir Samuel Segun Sergi Shlomo Siddharth Stan Stanley Stavros Stuart Suresh Takumi Tarek Ted Tiago Timur Todd
    Tomas Tomás Travis Trevor Troy Vikas Vince Vivek Vlad Vladimir Walid Warren Wayne Wesley Xavier Yannis Yosef
    Yossi Zach Zachary Álvaro
    Rhys Cormac Gilles Wes Oisín Oisin Ciarán Ciaran Cillian Eoin Niall Pádraig Padraig Seamus Ruairi Tadhg Dafydd
    Gethin Iwan Owain Emrys Aled Huw Gruffydd Fergus Lachlan Cian Darragh Fionn Ronan Colm Donal Diarmuid Cathal
    Kieran Odhran Senan Shane Barry Dermot Fiachra Ruairí
    Leon Finn Niklas Jannik Timo Maximilian Henning Holger Volker Ralf Jörg Joerg Bernhard Wolfgang Günter Gunter
    Manfred Heinz Helmut Dietmar Ulrich Reinhard Markus Christoph Stephan Thilo Benedikt Joachim Hendrik Jeroen
    Sjoerd Wouter Thijs Daan Ruben Bjorn Björn Stig Håkan Ole Nikolaj Søren Mathias Théo Thibault Baptiste Maxime
    Romain Benoit Benoît Yannick Cédric Cedric Fabrice Jérôme Jerome Sébastien Sebastien Harvey Toby Archie
    Freddie Alistair Ewan Euan Gavin Darren Clive Kenny Jeremy Jared Tyler Brandon Cody Dustin Brett Dan Danny
    Jake Joey Tommy Billy Jimmy Bobby Johnny Ollie Olly Yousef Mahmoud Khaled Hussein Osman Burak Murat Pawel
    Paweł Marcin Michał Michal Łukasz Lukasz Kamil Grzegorz Jiri Jiří Petr Ondrej Miroslav Dusan Anand Vijay Ajay
    Sandeep Manoj Naveen Pradeep Ashok Gaurav Varun Rakesh Sachin Themba Sizwe Bongani Jonny Stewart Alastair
    Gerard Gerhard Rainer Torsten Patrik Ludwig Konrad Maurice Marcel Lionel Hervé Herve Gilbert Arnaud
    Joakim Olle Mats Ulf Kjell Leif Fredrik Viktor Gustav Axel Håkan Göran Torbjörn Bengt Lennart Sten Jarl
    Oriol Arnau Carles Ferran Jaume Lluís Lluis Quim Martí Guillem Xavi Josep Enric Genís Ignasi Eudald
    Dariusz Bartosz Przemysław Przemyslaw Zbigniew Jarosław Jaroslaw Mirosław Miroslaw Sławomir Slawomir Mateusz
    Stanisław Stanislaw Marcin Michał Michal Rafał Rafal Radosław Radoslaw Kacper Szymon Wojtek
    Dario Fabrizio Alberto Luigi Maurizio Vittorio Jacopo Tommaso Filippo Pietro Gianni Emanuele Carlo Alfonso
    Ettore Gianfranco Pierluigi Renato Sandro Silvio Ugo Umberto Valerio""".split()
)
FEMALE = frozenset(
    """Aaliyah Abigail Ada Adriana Agnes Agnieszka Aiko Aisha Alessia Alice Alicia Amanda Amara Amelia Amelie Amina
    Amy Ana Ananya Anastasia Andrea Angela Anita Anja Ann Anna Anne Annika Anya Aoife Aroha Astrid Aurelie Ayse
    Barbara Beatriz Bianca Birgit Camila Carla Carmen Caroline Catherine Celine Charlotte Chiara Chioma Chloe
    Ciara Claire Clara Claudia Dalia Daniela Deepa Diana Dilnur Divya Dragana Elena Elif Eliza Elizabeth Ella
    Ellen Elodie Emily Emma Erika Eva Ewa Fatima Fatma Federica Fernanda Fiona Francesca Freya Frida Gabriela
    Giulia Grace Greta Guadalupe Hana Hannah Harriet Hatice Heather Heike Helen Helena Helga Hind Ilse Ines
    Ingrid Irene Isabel Isabella Isabelle Jana Jane Janet Jennifer Jessica Jill Joanna Julia Juliana Julie Karen
    Karin Katarina Katarzyna Kate Katherine Katie Katja Keiko Keisha Kirsten Laila Latoya Laura Layla Leila Lena
    Lerato Leticia Leyla Lina Linda Lisa Liz Lucia Lucie Lucy Luisa Magdalena Malin Manon Maria Mariana Marie
    Marina Marisol Marta Martina Mary Maya Mei Mette Mia Michelle Monica Monique Nadia Naomi Nasrin Natalia
    Natasha Nathalie Neha Ngozi Niamh Nina Noor Nour Olga Olivia Orla Paula Petra Pia Pooja Priya Priyanka
    Rachel Rania Rebecca Renata Rosa Ruth Sabine Sakura Samira Sandrine Saoirse Sara Sarah Selin Shreya Sigrid
    Siobhan Sofia Sonja Sophie Sunita Susan Svetlana Tamika Tanja Tanya Teresa Tess Thandiwe Ulla Ute Valentina
    Valeria Valerie Vanessa Vera Victoria Ximena Yasmin Yasmina Yolanda Yuki Yumi Zainab Zara Zeynep Zoe
    Zofia
    Abena Adaeze Aditi Akosua Alessandra Anjali Beatrice Betty Beverly Brenda Brittany Carol Carolyn Cheryl
    Christina Christine Cynthia Danielle Deborah Debra Denise Diane Donna Dorothy Efua Ekaterina Elin Elisa Esra
    Evelyn Fatemeh Folake Galina Giorgia Gloria Helene Hélène Inés Irina Jacqueline Janice Joan Judith Judy
    Kathryn Kathy Kavya Kimberly Lakshmi Lucía Maggie Maja Margaret Mariam Marilyn Martha Maryam Meera Megan
    Melissa Merve Nancy Natalie Nicole Nkechi Nomvula Nora Oksana Pamela Paola Patricia Peggy Pilar Priscilla
    Rocío Salma Sandra Sharon Shirley Silvia Solveig Sophia Sue Tatiana Virginia Yasmine Yulia Zanele
    Ailsa Róisín Roisin Sinéad Sinead Gráinne Grainne Eilidh Catriona Morag Mairead Bronwen Cerys Seren Ffion
    Rhiannon Carys Eleri Angharad Caoimhe Clodagh Deirdre Nuala Sorcha
    Leonie Jess Jessie Jenny Becky Becca Beth Bethany Abby Gemma Kirsty Lindsay Lindsey Stacey Tracey Tracy Nicola
    Joanne Louise Lauren Hayley Hollie Leanne Chantal Mathilde Margaux Camille Lea Léa Léonie Johanna Franziska
    Annette Anke Silke Susanne Ulrike Jutta Sabrina Nadine Melanie Stephanie Tamara Simone Carina Corinna Miriam
    Lotte Sanne Femke Anouk Fleur Ingeborg Marit Hanne Liv Linnea Elsa Ebba Agata Malgorzata Dorota Alicja Zuzana
    Lenka Veronika Tereza Rebekah Kayla Molly Poppy Isla Ava Mila Evie Imogen Phoebe Eleanor Sadie Rosie Lily
    Jasmine Erin Tara Bridget Maeve Yvonne Yvette Colette Brigitte Sylvie Veronique Véronique Genevieve Josephine
    Rosalind Gwen Gwendolyn Mabel Kerstin Gudrun Hilde Anneke Marloes Esther Leah Rivka Tamar Shira Aarti Kavita
    Shalini Swati Nisha Rekha Pallavi Akua Adwoa Vicki Vicky Nikki Kathleen Maureen Eileen Pauline Jenna Jodie
    Katrin Katrina Marianne Mirjam Suzanne Rachael Alison Allison Lydia Ellie Millie Martine Agathe Clémence
    Océane Ludivine Magali
    Bettina Anneliese Annelie Liesel Lieselotte Hannelore Gisela Ursula Dagmar Edith Elke Gertrud Irmgard Marlene
    Margit Roswitha Rosemarie Waltraud Wiebke Henrike Friederike Mareike Frauke Christiane Cornelia Regina Antje
    Beate Doris Ilona Inge Marion Monika Carolin Theresa Svenja Britta Maren
    Freja Birgitta Tove Agneta Ylva Sanna Signe Kaisa
    Montserrat Montse Núria Nuria Laia Mireia Meritxell Roser Neus Aina Queralt Ariadna Carlota Berta Txell Mercè
    Clàudia Júlia Assumpta Cristina Glòria Elisenda
    Beata Jolanta Grażyna Grazyna Ewa Joanna Magdalena Justyna Urszula Bożena Bozena Iwona Halina Krystyna
    Elżbieta Elzbieta
    Giovanna Serena Elisabetta Ilaria Roberta Lucrezia Benedetta Ginevra Arianna Antonella Donatella Simona
    Raffaella Gabriella Manuela Patrizia Rossella Loredana""".split()
)

# the Polish short forms a note uses for the same people ("Kasia", "Tomek"), South Asian and regional names
MALE = MALE | DIMINUTIVE_MALE | SOUTH_ASIAN_MALE | REGIONAL_MALE
FEMALE = FEMALE | DIMINUTIVE_FEMALE | SOUTH_ASIAN_FEMALE | REGIONAL_FEMALE


def unaccented(word: str) -> str:
    """``word`` without its accents, as the lists spell most names ("Sofía" as "Sofia")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
