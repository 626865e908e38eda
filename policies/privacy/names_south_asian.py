"""South Asian given names common among the contacts of Indian and Pakistani teams, which the main lists
(:mod:`.names`) lacked: enough to tell "Ankit apne fiancé Rahul" (a same-sex couple) and to read a bare first
name in a Hinglish note as a person. Names shared by both genders (Kiran, Harpreet, Suman) and names that are
also English words (Harsh) are left out."""

from __future__ import annotations

SOUTH_ASIAN_MALE = frozenset(
    """Ankit Ankur Aditya Akash Abhishek Alok Amol Anuj Arvind Ashish Dinesh Harish Hemant Jatin Kunal Lalit Mohit
    Mukesh Nitin Pankaj Parth Prateek Pratik Rajat Rajiv Ritesh Sagar Sahil Sameer Sanjeev Saurabh Shubham Sumit
    Tarun Tushar Umesh Vinay Vinod Vishal Yash Yogesh Gopal Girish Manish Mayank Naresh Rajendra Santosh Satish
    Shashank Sudhir Vikrant Abhinav Arnav Dhruv Ishaan Kartik Kabir Pranav Asif Zubair Usman Junaid Kamran Farhan
    Adnan""".split()
)
SOUTH_ASIAN_FEMALE = frozenset(
    """Aishwarya Anusha Bhavna Deepika Geeta Gita Jyoti Komal Madhuri Mansi Nandini Neelam Poonam Preeti Radhika
    Ritu Sapna Seema Shweta Sneha Sonal Tanvi Usha Vandana Anushka Ishita Riya Simran Nikita Payal Rashmi Smita
    Archana Kajal Shruti Sushma Meenakshi Lata Nazia Sana Ayesha Hina Mehwish Sadia Rabia""".split()
)
